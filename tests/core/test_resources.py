from annotator.core.resources import load_json, seed_files


def test_seed_article_and_taxonomy_ship_with_the_package():
    seeds = seed_files()
    assert seeds and "Medinskiy" in seeds[0].read_text(encoding="utf-8")
    assert {e["code"] for e in load_json("taxonomy.json")["stance"]} == {
        "supports",
        "refutes",
        "reports",
        "questions",
        "n/a",
    }
