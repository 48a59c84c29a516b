"""What exporters receive: a document with its spans and statements."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.model import Document, Span, Statement


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    document: Document
    spans: list[Span]
    statements: list[Statement]
