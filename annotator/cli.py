"""`annotator <subcommand>`: thin wrappers over core functions.

Exit status: 0 on success, 2 for wrong usage, 1 for bad input or a failed
operation, with one line on stderr saying what and where.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from annotator import __version__
from annotator.core.formats import EXPORT_FORMATS
from annotator.core.model import SpanStatus

if TYPE_CHECKING:  # for annotations only: the commands import these where they use them
    from tqdm import tqdm

    from annotator.core.store import Store

SUBCOMMANDS = ("import", "suggest", "export", "merge", "agreement", "stats")


class UsageError(Exception):
    """Wrong usage: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, status 2, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def _language(value: str) -> str:
    """A language code spaCy has a language for: fr, en, uk, ru, …"""
    from annotator.core.language import known_language

    if not re.fullmatch(r"[a-z]{2,3}", value) or known_language(value) is None:
        raise argparse.ArgumentTypeError(f"'{value}' is not a language code such as fr, en, uk, ru")
    return value


def _subcommand_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="annotator", description="Annotate who said what, and how.")
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = commands.add_parser("import", help="import articles into a project")
    p.add_argument("--project", required=True)
    p.add_argument("files", nargs="+", metavar="FILE|DIR")
    p.add_argument(
        "--lang", type=_language, help="language of the articles, e.g. en (default: detected)"
    )
    p.add_argument(
        "--annotator", default="", help="name recorded on imported annotations that carry none"
    )

    p = commands.add_parser("suggest", help="run the assistance on documents that lack it")
    p.add_argument("--project", required=True)
    p.add_argument("--lang", type=_language, help="use this language's pipeline for every document")
    p.add_argument(
        "--retry-failed",
        action="store_true",
        help="try again the documents the assistance failed on before",
    )

    p = commands.add_parser("export", help="export the annotated corpus")
    p.add_argument("--project", required=True)
    p.add_argument(
        "--format",
        required=True,
        dest="format_name",
        choices=EXPORT_FORMATS,
        metavar="FORMAT",
        help=", ".join(EXPORT_FORMATS),
    )
    p.add_argument("--output", required=True)
    p.add_argument(
        "--status",
        type=_statuses,
        help="which annotations: accepted, suggested, rejected, several joined by commas, "
        "or all (default: accepted for spacy, doccano, prodigy; suggested,accepted else)",
    )
    p.add_argument("--annotator")
    p.add_argument("--reviewed", action="store_true", help="only the versions a reviewer chose")
    p.add_argument(
        "--excel",
        action="store_true",
        help="CSV: start with a byte-order mark, so Excel reads accents and Cyrillic right",
    )
    checker = p.add_argument_group(
        "ClaimReview", "who publishes the fact checks: given once, kept in the project"
    )
    checker.add_argument("--org-name", default="", help="the fact-checking organisation")
    checker.add_argument("--org-url", default="", help="its web site (https://…)")
    checker.add_argument(
        "--page-url", default="", help="the page that publishes the fact check (https://…)"
    )

    p = commands.add_parser("merge", help="merge annotators' project files into one")
    p.add_argument("--output", required=True)
    p.add_argument("projects", nargs="+", metavar="PROJECT.db")

    p = commands.add_parser("agreement", help="agreement between annotators")
    p.add_argument("--project", required=True)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("stats", help="documents, statements and their statuses")
    p.add_argument("--project", required=True)
    p.add_argument("--json", action="store_true")
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="annotator",
        description="Open the annotation window.",
        epilog=f"Subcommands: {', '.join(SUBCOMMANDS)} (annotator SUBCOMMAND -h).",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument("project", nargs="?", help="project file (default: in your data folder)")
    parser.add_argument("files", nargs="*", help="files to import into the project")
    return parser


def _open_store(path: str, read_only: bool = False, must_exist: bool = True) -> Store:
    """The project; commands that only read it open it read-only. Only `import` may
    create a project."""
    from pathlib import Path

    from annotator.core.errors import ProjectError
    from annotator.core.store import Store

    if must_exist and not Path(path).exists():
        raise ProjectError("no such project file", path)
    return Store(path, read_only=read_only)


def run_import(args: argparse.Namespace) -> int:
    from annotator.core.importing import expand, import_files

    total = len(expand(args.files))  # what import_files leaves out of folders, it says
    with (
        _open_store(args.project, must_exist=False) as store,
        _progress(total, "importing", "file") as bar,
    ):
        report = import_files(
            store,
            args.files,
            args.lang,
            progress=lambda *_: bar.update(1),
            annotator=args.annotator,
        )
    for failure in report.failures:
        print(failure, file=sys.stderr)
    for path in report.duplicates:
        print(f"{path}: already in the project, not imported again", file=sys.stderr)
    for note in report.notes:  # what a file said about itself that was not taken
        print(note, file=sys.stderr)
    for change in report.edited:  # the other tool's labels were taken over ours
        print(change)
    print(report.summary())
    return 1 if report.failures else 0


def run_suggest(args: argparse.Namespace) -> int:
    from annotator.core.assistance import suggest_documents

    with _open_store(args.project) as store:
        waiting = store.documents_needing_suggestions(include_failed=True)
        skipped = [] if args.retry_failed else [d for d in waiting if d.suggestion_error]
        pending = len(waiting) - len(skipped)
        with _progress(pending, "suggesting") as bar:
            report = suggest_documents(
                store, progress=bar.update, lang=args.lang, retry_failed=args.retry_failed
            )
    for document, reason in report.failed:
        name = document.title or f"document {document.id}"
        print(f"{args.project}: {name}: suggestions failed, skipped: {reason}", file=sys.stderr)
    summary = report.summary()
    if skipped:
        titles = [d.title or f"document {d.id}" for d in skipped[:5]]
        names = ", ".join(f"“{title}”" for title in titles) + (", …" if len(skipped) > 5 else "")
        summary += (
            f"; {len(skipped)} skipped after an earlier failure ({names}; --retry-failed tries "
            "again)"
        )
    print(summary)
    return 1 if report.failed else 0


def _statuses(value: str) -> list[SpanStatus]:
    """'accepted', 'suggested,accepted' or 'all'."""
    if value == "all":
        return list(SpanStatus)
    try:
        return [SpanStatus(part.strip()) for part in value.split(",")]
    except ValueError:
        known = ", ".join(s.value for s in SpanStatus)
        raise argparse.ArgumentTypeError(f"'{value}': use {known}, several, or all") from None


def run_export(args: argparse.Namespace) -> int:
    from annotator.core.export import export
    from annotator.core.factcheck import FactChecker, save_fact_checker

    status = args.status
    if args.excel and args.format_name != "csv":
        raise UsageError("annotator export: --excel is for --format csv")
    given = FactChecker(args.org_name, args.org_url, args.page_url)
    if given != FactChecker() and args.format_name != "claimreview":
        raise UsageError("annotator export: --org-name, --org-url, --page-url are for claimreview")
    with _open_store(args.project, read_only=given == FactChecker()) as store:
        if given != FactChecker():
            save_fact_checker(store, given, args.annotator or "")
        total = len(store.documents())
        bar = _progress(total, "exporting")
        with bar:
            count = export(
                store,
                args.format_name,
                args.output,
                status,
                args.annotator,
                progress=lambda _done: bar.update(1),
                reviewed_only=args.reviewed,
                excel=args.excel,
            )
    print(f"{count} document(s) written to {args.output}")
    if args.reviewed and count < total:
        print(f"{total - count} document(s) not marked reviewed were left out", file=sys.stderr)
    return 0


def _progress(total: int, what: str, unit: str = "doc") -> tqdm:
    """A progress bar on a terminal; silent when stderr is a file or a pipe."""
    from tqdm import tqdm

    return tqdm(total=total, desc=what, unit=unit, disable=not sys.stderr.isatty())


def run_merge(args: argparse.Namespace) -> int:
    from annotator.core.merge import merge_projects

    report = merge_projects(args.output, args.projects)
    for conflict in report.conflicts:
        print(conflict, file=sys.stderr)
    print(report.summary())
    return 0


def run_agreement(args: argparse.Namespace) -> int:
    import json

    from annotator.core.agreement import agreement, format_table

    with _open_store(args.project, read_only=True) as store:
        result = agreement(store)
    print(
        json.dumps(result.as_dict(), indent=2, ensure_ascii=False)
        if args.json
        else format_table(result)
    )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    import json

    from annotator.core.stats import project_stats

    with _open_store(args.project, read_only=True) as store:
        stats = project_stats(store)
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
    else:
        for section, counts in stats.items():
            print(f"{section}: " + ", ".join(f"{k or '(not set)'} {v}" for k, v in counts.items()))
    return 0


RUNNERS = {
    "import": run_import,
    "suggest": run_suggest,
    "export": run_export,
    "merge": run_merge,
    "agreement": run_agreement,
    "stats": run_stats,
}


def _refuse_mistyped_subcommand(project: str) -> None:
    """`annotator sugest` must not open a window on a new project called "sugest": a
    project to create is named with .db; an existing file is checked when opened."""
    from pathlib import Path

    if not Path(project).exists() and Path(project).suffix.lower() != ".db":
        raise UsageError(
            f"annotator: '{project}' is neither a subcommand ({', '.join(SUBCOMMANDS)}) nor a "
            "project file; name a new project with .db"
        )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = None
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _subcommand_parser().parse_args(argv)
            return RUNNERS[args.command](args)
        if argv and not argv[0].startswith("-"):
            _refuse_mistyped_subcommand(argv[0])
        args = _window_parser().parse_args(argv)
        from annotator.gui.app import run_window

        return run_window(args.project, args.files)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `annotator stats … | head`: the reader had what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit
        return 141  # what a shell reports for a writer whose pipe closed (128 + SIGPIPE)
    except Exception as error:  # bad input, a full disk, a bug: one line, never a traceback
        from annotator.core.failures import explain

        project = getattr(args, "project", None) or getattr(args, "output", None)
        print(f"annotator: {explain(error, project)}", file=sys.stderr)
        return 1
