"""cleantext inside a datatrove pipeline: JsonlReader -> CleantextFilter -> JsonlWriter."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import cleantext

pytest.importorskip("datatrove", reason="datatrove is not installed (pip install -e '.[test]' or "
                    "'cleantext-body[datatrove]')")
pytest.importorskip("orjson", reason="datatrove's JSONL reader and writer need orjson")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleantext.datatrove import CleantextFilter  # noqa: E402

ARTICLE = ("Council approves the new library budget\n\nBy Jane Doe\n\nShare\n\n"
           "The council approved the new library budget on Tuesday after a long debate about opening hours.\n\n"
           "Advertisement\n\n"
           "Residents said the money should go to longer opening hours and more books for the children.\n\n"
           "Sign up for our newsletter\n")
SHORT = "Storm warning for the coast tonight\n\nShare\n"
FURNITURE = "Share\n\nAdvertisement\n\nSign up for our newsletter\n\nCookie settings\n"


def write_inputs(folder: Path, texts: list[str]) -> None:
    folder.mkdir()
    with open(folder / "part.jsonl", "w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"doc-{i}", "text": text}) + "\n")


def read_outputs(folder: Path) -> dict[str, dict]:
    records = [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.read_text().splitlines()]
    return {record["id"]: record for record in records}


def step_stats(stats, name: str = CleantextFilter.name) -> dict[str, int]:
    step = next(s for s in stats.stats if s.name.endswith(name))
    return {label: metric.total for label, metric in step.stats.items()}


def expected_counts(texts: list[str]) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        for removal in cleantext.explain(text).removals:
            counts[f"removed/{removal.category}"] += 1
            counts[f"removed/{removal.category}/{removal.rule}"] += 1
    return counts


def test_pipeline_output_equals_clean_and_stats_hold_the_removals(tmp_path):
    texts = [ARTICLE, SHORT, FURNITURE, ARTICLE.replace("library", "school")]
    write_inputs(tmp_path / "in", texts)
    pipeline = [
        JsonlReader(str(tmp_path / "in")),
        CleantextFilter(write_removals=True, drop_empty=True),
        JsonlWriter(str(tmp_path / "out"), compression=None),
    ]
    stats = LocalPipelineExecutor(pipeline, tasks=1, logging_dir=str(tmp_path / "logs")).run()
    out = read_outputs(tmp_path / "out")
    assert cleantext.clean(FURNITURE) == ""
    assert sorted(out) == ["doc-0", "doc-1", "doc-3"]  # the empty one is dropped
    for i in (0, 1, 3):
        record = out[f"doc-{i}"]
        assert record["text"] == cleantext.clean(texts[i])
        removals = cleantext.explain(texts[i]).removals
        assert record["metadata"]["removals"] == [{"category": r.category, "rule": r.rule, "text": r.text}
                                                  for r in removals]
    counts = step_stats(stats)
    for label, count in expected_counts(texts).items():
        assert counts.get(label) == count, label
    assert counts["dropped_cleantext_empty"] == 1
    assert counts["total"] == 4 and counts["forwarded"] == 3 and counts["dropped"] == 1
    saved = json.loads((tmp_path / "logs" / "stats.json").read_text())
    assert any("removed/share" in step["stats"] for step in saved)


def test_min_words_and_exclusion_writer(tmp_path):
    texts = [ARTICLE, SHORT, FURNITURE]
    write_inputs(tmp_path / "in", texts)
    pipeline = [
        JsonlReader(str(tmp_path / "in")),
        CleantextFilter(min_words=10, exclusion_writer=JsonlWriter(str(tmp_path / "dropped"), compression=None)),
        JsonlWriter(str(tmp_path / "out"), compression=None),
    ]
    stats = LocalPipelineExecutor(pipeline, tasks=1, logging_dir=str(tmp_path / "logs")).run()
    assert sorted(read_outputs(tmp_path / "out")) == ["doc-0"]
    dropped = read_outputs(tmp_path / "dropped")
    assert sorted(dropped) == ["doc-1", "doc-2"]
    assert {r["metadata"]["filter_reason"] for r in dropped.values()} == {"cleantext_too_few_words"}
    assert dropped["doc-1"]["text"] == cleantext.clean(SHORT)
    counts = step_stats(stats)
    assert counts["dropped_cleantext_too_few_words"] == 2
    assert "removals" not in read_outputs(tmp_path / "out")["doc-0"]["metadata"]


def test_config_profile_and_html(tmp_path):
    from dataclasses import replace

    corpus = sorted((Path(__file__).parent / "data" / "corpus").glob("*.txt"))
    profile = cleantext.learn_profile(p.read_text(encoding="utf-8") for p in corpus)
    saved = tmp_path / "site.profile.json"
    profile.save(saved)
    config = cleantext.Config(keep_headline=False)
    step = CleantextFilter(config, profile=saved)
    text = corpus[0].read_text(encoding="utf-8")
    doc = Document(text=text, id="a")
    assert step.filter(doc) is True
    assert doc.text == cleantext.clean(text, config=replace(config, profile=cleantext.Profile.load(saved)))
    assert any(label.startswith("removed/repeated") for label in step.stats.stats)

    page = ("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Budget</h1>"
            "<p>The council approved the new library budget on Tuesday after a long debate about hours.</p>"
            "</article></body></html>")
    doc = Document(text=page, id="h")
    assert CleantextFilter(html=True).filter(doc) is True
    assert doc.text == cleantext.clean_html(page)


def test_a_document_that_cannot_be_cleaned_is_dropped_not_passed_on(monkeypatch):
    def broken(text, *, config=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(cleantext, "explain", broken)
    assert CleantextFilter().filter(Document(text="x", id="1")) == (False, "cleantext_error")


def test_a_profile_path_runs_in_worker_processes(tmp_path):
    """Two tasks in two worker processes: the step (config and profile) travels to them, and
    datatrove's executor.json records the step without the profile's table."""
    from dataclasses import replace

    corpus = sorted((Path(__file__).parent / "data" / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in corpus]
    profile = cleantext.learn_profile(texts)
    saved = tmp_path / "site.profile.json"
    profile.save(saved)
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):  # one file per document: the two tasks share the files
        (folder / f"{i:03}.jsonl").write_text(json.dumps({"id": f"doc-{i}", "text": text}) + "\n", encoding="utf-8")
    pipeline = [JsonlReader(str(folder)), CleantextFilter(profile=saved),
                JsonlWriter(str(tmp_path / "out"), compression=None)]
    LocalPipelineExecutor(pipeline, tasks=2, workers=2, logging_dir=str(tmp_path / "logs")).run()
    config = replace(cleantext.Config(), profile=cleantext.Profile.load(saved))
    out = read_outputs(tmp_path / "out")
    assert {key: record["text"] for key, record in out.items()} == {
        f"doc-{i}": cleantext.clean(text, config=config) for i, text in enumerate(texts)}
    assert any(cleantext.clean(t, config=config) != cleantext.clean(t) for t in texts)  # the profile mattered
    recorded = json.loads((tmp_path / "logs" / "executor.json").read_text())["pipeline"][1]
    assert recorded["profile"] == str(saved) and recorded["config"]["profile"] is None
