"""cleantext.dask on a real two-process LocalCluster: byte-identical to the serial path.

Skipped when the ``dask`` extra is not installed. One cluster for the module.
"""
from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402

import cleantext  # noqa: E402
from cleantext import Config, learn_profile  # noqa: E402
from cleantext.cli import main  # noqa: E402
from cleantext.dask import clean_bag, profile_bag  # noqa: E402

DATA = Path(__file__).parent / "data" / "corpus"
FILES = sorted(DATA.glob("article-*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in FILES]
# A bigger, messier bag: the corpus twice, edited copies, and pages without furniture.
MORE = TEXTS + [t.replace("Saltmarsh", "Saltmarch") for t in TEXTS] + [
    "Short page.", "", "A line\n\nAnother line of a page that says very little at all, really, to anyone."]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as c:  # a free port: no clash with other clusters
        yield c


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster) as c:
        yield c


def test_module_is_the_real_dask():
    """cleantext/dask.py imports the library, not itself."""
    module = importlib.import_module("cleantext.dask")
    assert module.dask is dask and module.dask.__name__ == "dask"


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_learn_repeats_is_byte_identical_to_serial(client, npartitions):
    bag = db.from_sequence(MORE, npartitions=npartitions)
    distributed_out = clean_bag(bag, learn_repeats=True).compute()
    serial = replace(Config(), profile=learn_profile(MORE))
    assert distributed_out == [cleantext.clean(t, config=serial) for t in MORE]
    assert distributed_out != [cleantext.clean(t) for t in MORE]  # the profile did something
    assert profile_bag(bag).compute() == learn_profile(MORE)


def test_plain_clean_bag_and_options(client):
    config = replace(Config(), keep_headline=False)
    bag = db.from_sequence(TEXTS, npartitions=2)
    assert clean_bag(bag, config=config).compute() == [cleantext.clean(t, config=config) for t in TEXTS]
    out = clean_bag(bag, config=config, learn_repeats=True, min_documents=5).compute()
    serial = replace(config, profile=learn_profile(TEXTS, min_documents=5))
    assert out == [cleantext.clean(t, config=serial) for t in TEXTS]


def test_html_bag(client):
    pages = [f"<html><body><div class='x1'><p>Harbour Daily</p><p>News from the quay, every tide</p></div>"
             f"<article><h1>About {n}</h1><p>The story of {n} begins with the weather and the tides that "
             f"followed it all week long.</p></article></body></html>" for n in ("Ana", "Ben", "Cleo", "Dan")]
    out = clean_bag(db.from_sequence(pages, npartitions=2), learn_repeats=True, html=True).compute()
    serial = replace(Config(), profile=learn_profile(pages, html=True))
    assert out == [cleantext.clean_html(p, config=serial) for p in pages]
    assert not any("every tide" in o for o in out)


def test_cli_scheduler_matches_serial(cluster, tmp_path, capsys):
    serial, remote = tmp_path / "serial", tmp_path / "remote"
    saved = tmp_path / "p.json"
    assert main(["clean", str(DATA), "--out", str(serial), "--learn-repeats", "--no-progress"]) == 0
    assert main(["clean", str(DATA), "--out", str(remote), "--learn-repeats", "--save-profile", str(saved),
                 "--scheduler", cluster.scheduler_address, "--no-progress"]) == 0
    assert "8 cleaned, 0 skipped, 0 failed" in capsys.readouterr().err
    assert sorted(p.name for p in remote.iterdir()) == [p.name for p in FILES]
    assert all((serial / p.name).read_bytes() == (remote / p.name).read_bytes() for p in FILES)
    assert cleantext.Profile.load(saved) == learn_profile(TEXTS)


def test_cli_scheduler_unreachable(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("cleantext.runner.CONNECT_TIMEOUT", "0.5s")
    assert main(["clean", str(DATA), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "cannot connect" in capsys.readouterr().err
