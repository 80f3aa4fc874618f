"""The scorer's matching rules, on tiny labelled folders scored against frames written by hand.

Frames are written by the test, not extracted, so each rule is checked
whatever the extractors do today.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import dossier
from dossier import cli
from dossier.evaluate import evaluate, validate

_SENTENCE = re.compile(r"[^.!?]+[.!?][\"”]?")


def _article(title: str, source: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: 2025-01-01\n---\n{body}\n"


def _gold(tmp_path, articles: dict, labels: dict):
    """A labelled folder: ``articles`` stem -> (source, body), ``labels`` stem -> label dict or raw text."""
    folder = tmp_path / "gold"
    (folder / "articles").mkdir(parents=True)
    (folder / "labels").mkdir()
    for stem, (source, body) in articles.items():
        (folder / "articles" / f"{stem}.md").write_text(_article(stem, source, body), encoding="utf-8")
    for stem, lab in labels.items():
        text = lab if isinstance(lab, str) else json.dumps(lab)
        (folder / "labels" / f"{stem}.json").write_text(text, encoding="utf-8")
    return folder


def _frames(tmp_path, folder, estimates=(), quotes=(), themes=()):
    """Write frames for the articles of ``folder``; rows name their article by stem and their span by text."""
    arts = dossier.read_articles(folder / "articles")
    by_stem = {p.rsplit("/", 1)[-1].rsplit(".", 1)[0]: (a, t) for p, a, t in zip(arts["path"], arts["article_id"], arts["text"])}
    sents = []
    for aid, text in (v for v in by_stem.values()):
        for i, m in enumerate(_SENTENCE.finditer(text)):
            s = m.start() + len(m.group()) - len(m.group().lstrip())
            sents.append({"article_id": aid, "paragraph": 0, "sentence": i, "start": s, "end": m.end(), "text": text[s : m.end()]})
    sents = pd.DataFrame(sents)

    def place(stem, words, nth=0):
        aid, text = by_stem[stem]
        starts = [m.start() for m in re.finditer(re.escape(words), text)]
        start = starts[nth]
        row = sents[(sents["article_id"] == aid) & (sents["start"] <= start) & (sents["end"] > start)].iloc[0]
        return {"article_id": aid, "sentence": int(row["sentence"]), "start": start, "end": start + len(words)}

    est = pd.DataFrame(
        [{**place(e["stem"], e["quantity_text"]), "quantity_text": e["quantity_text"], "low": e.get("low"), "high": e.get("high"),
          "hedge": e.get("hedge", "exact"), "category": e.get("category", "troops"), "claimant": e.get("claimant")} for e in estimates],
        columns=["article_id", "sentence", "start", "end", "quantity_text", "low", "high", "hedge", "category", "claimant"],
    )
    quo = []
    for q in quotes:
        first = place(q["stem"], q["first"])
        last = place(q["stem"], q.get("last", q["first"]))
        quo.append({**first, "end": last["end"], "text": q["text"], "speaker": q.get("speaker"), "channel": q.get("channel"),
                    "channel_basis": q.get("channel_basis"), "via_kcna": q.get("channel") == "KCNA"})
    quo = pd.DataFrame(quo, columns=["article_id", "sentence", "start", "end", "text", "speaker", "channel", "channel_basis", "via_kcna"])
    thm = pd.DataFrame([{**place(t["stem"], t["term"]), "theme": t["theme"]} for t in themes],
                       columns=["article_id", "sentence", "start", "end", "theme"])
    out = tmp_path / "frames"
    out.mkdir(parents=True)
    for name, df in {"sentences": sents, "estimates": est, "quotes": quo, "themes": thm}.items():
        df.to_csv(out / f"{name}.csv", index=False)
    return out


def _estimate(q, hint, low, high, hedge="exact", category="troops", claimant=None, group="none", **kw):
    return {"quantity_text": q, "sentence_hint": hint, "low": low, "high": high, "hedge": hedge, "category": category,
            "subtype": None, "item": None, "claimant": claimant, "claimant_group": group, "vague": False, "borderline": False, **kw}


def _quote(text, speaker, channel=None, basis=None, **kw):
    return {"text": text, "kind": "statement", "speaker": speaker, "speaker_group": "other", "channel": channel,
            "channel_basis": basis, "via_kcna": channel == "KCNA", "via_dprk_state_media": channel == "KCNA",
            "non_speech": False, **kw}


def _labels(estimates=(), quotes=(), themes=(), borderline=(), non_estimates=()):
    return {"estimates": list(estimates), "non_estimates": list(non_estimates), "quotes": list(quotes),
            "themes_present": list(themes), "themes_borderline": list(borderline)}


def _value(report, name):
    return report.figures[name]["value"]


BODY = (
    "Seoul's spy agency said dozens of soldiers were wounded in the first week. "
    "A factory turned out 400 shells a day, a report said. "
    "The country lost 35 tanks in 2024."
)


def test_a_vague_plural_matches_any_low_from_its_unit_to_twice_it(tmp_path):
    lab = _labels([_estimate("dozens", "dozens of soldiers were wounded", 24, None, "vague", "casualties", vague=True)])
    folder = _gold(tmp_path, {"a": ("Yonhap", BODY)}, {"a": lab})
    ok = _frames(tmp_path / "ok", folder, [{"stem": "a", "quantity_text": "dozens", "low": 12, "hedge": "vague", "category": "casualties"}])
    assert _value(evaluate([folder], frames=ok), "estimates.f1") == 1.0
    wrong = _frames(tmp_path / "wrong", folder, [{"stem": "a", "quantity_text": "dozens", "low": 30, "hedge": "vague", "category": "casualties"}])
    report = evaluate([folder], frames=wrong)
    assert _value(report, "estimates.f1") == 0.0
    assert [(e.kind, e.field) for e in report.errors if e.area == "estimates"] == [("wrong", "value")]


def test_several_allows_three_of_its_unit():
    from dossier.evaluate.match import values_agree, vague_unit

    several = {"low": 3000, "high": None, "vague": True}
    assert vague_unit(3000) == 1000 and vague_unit(24) == 12 and vague_unit(40) == 20 and vague_unit(200) == 100
    assert values_agree(several, {"low": 3000.0, "high": float("nan")})
    assert values_agree(several, {"low": 1000.0, "high": float("nan")})
    assert not values_agree(several, {"low": 4000.0, "high": float("nan")})


def test_a_borderline_figure_counts_on_neither_side(tmp_path):
    border = _estimate("400", "turned out 400 shells a day", 400, 400, category="artillery_shells", borderline=True)
    tanks = _estimate("35", "lost 35 tanks", 35, 35, category="other")
    folder = _gold(tmp_path, {"a": ("Reuters", BODY)}, {"a": _labels([border, tanks], non_estimates=["2024", "first week"])})
    both = _frames(tmp_path / "both", folder, [
        {"stem": "a", "quantity_text": "400", "low": 400, "high": 400, "category": "artillery_shells"},
        {"stem": "a", "quantity_text": "35", "low": 35, "high": 35, "category": "other"},
    ])
    report = evaluate([folder], frames=both)
    assert report.figures["estimates.precision"] == {"value": 1.0, "n": 1}
    assert report.figures["estimates.recall"] == {"value": 1.0, "n": 1}
    neither = _frames(tmp_path / "neither", folder, [
        {"stem": "a", "quantity_text": "35", "low": 35, "high": 35, "category": "other"},
        {"stem": "a", "quantity_text": "2024", "low": 2024, "high": 2024, "category": "other"},
    ])
    report = evaluate([folder], frames=neither)
    assert report.figures["estimates.recall"] == {"value": 1.0, "n": 1}
    assert report.figures["estimates.precision"] == {"value": 0.5, "n": 2}
    assert _value(report, "estimates.non_estimates_extracted") == 1


def test_claimants_compare_through_dossiers_aliases_and_no_further(tmp_path):
    lab = _labels([_estimate("dozens", "dozens of soldiers were wounded", 24, None, "vague", "casualties",
                             claimant="National Intelligence Service", group="south_korea", vague=True),
                   _estimate("35", "lost 35 tanks", 35, 35, category="other", claimant=None, group="unattributed")])
    folder = _gold(tmp_path, {"a": ("Yonhap", BODY)}, {"a": lab})
    rows = [{"stem": "a", "quantity_text": "dozens", "low": 24, "hedge": "vague", "category": "casualties", "claimant": "NIS"},
            {"stem": "a", "quantity_text": "35", "low": 35, "high": 35, "category": "other", "claimant": "unattributed reports"}]
    assert _value(evaluate([folder], frames=_frames(tmp_path / "x", folder, rows)), "estimates.claimant_accuracy") == 1.0
    rows[0]["claimant"], rows[1]["claimant"] = "spy agency", None
    report = evaluate([folder], frames=_frames(tmp_path / "y", folder, rows))
    assert _value(report, "estimates.claimant_accuracy") == 0.0
    assert [e.field for e in report.errors] == ["claimant", "claimant"]


SPLIT = (
    "“We will stand with Moscow,” the minister said. “Nothing will change that.” "
    "He called the talks “a ‘historic’ moment” and the deal a “bargain.”"
)


def test_a_split_statement_matches_one_joined_quote(tmp_path):
    quotes = [_quote("We will stand with Moscow", "Choe Son Hui"), _quote("Nothing will change that", "Choe Son Hui", continues=True),
              _quote("a ‘historic’ moment", "Choe Son Hui"), _quote("bargain", None, non_speech=True)]
    folder = _gold(tmp_path, {"a": ("AP", SPLIT)}, {"a": _labels(quotes=quotes)})
    frames = _frames(tmp_path, folder, quotes=[
        {"stem": "a", "first": "We will", "last": "change that", "text": "We will stand with Moscow … Nothing will change that", "speaker": "Choe Son-hui"},
        {"stem": "a", "first": "a ‘historic’ moment", "text": "a ‘historic’ moment", "speaker": "Choe Son Hui"},
        {"stem": "a", "first": "bargain", "text": "bargain"},
    ])
    report = evaluate([folder], frames=frames)
    assert report.figures["quotes.precision"] == {"value": 1.0, "n": 2}  # the non_speech quote is left out
    assert report.figures["quotes.recall"] == {"value": 1.0, "n": 3}
    assert _value(report, "quotes.speaker_accuracy") == 1.0  # "Choe Son-hui" is an alias of Choe Son Hui


def test_a_quote_with_other_words_or_a_wrong_speaker_is_an_error(tmp_path):
    quotes = [_quote("We will stand with Moscow", "Choe Son Hui", "KCNA", "article"),
              _quote("Nothing will change that", "Choe Son Hui", "KCNA", "article", continues=True)]
    folder = _gold(tmp_path, {"a": ("AP", SPLIT)}, {"a": _labels(quotes=quotes)})
    frames = _frames(tmp_path, folder, quotes=[
        {"stem": "a", "first": "We will stand", "text": "We will stand", "speaker": "Choe Son Hui", "channel": "KCNA", "channel_basis": "article"},
        {"stem": "a", "first": "Nothing will change that", "text": "Nothing will change that", "speaker": "Sergei Lavrov",
         "channel": "Korean Central News Agency", "channel_basis": "sentence"},
    ])
    report = evaluate([folder], frames=frames)
    assert report.figures["quotes.precision"] == {"value": 0.5, "n": 2}
    assert report.figures["quotes.recall"] == {"value": 0.5, "n": 2}
    assert _value(report, "quotes.speaker_accuracy") == 0.0
    assert _value(report, "quotes.channel_accuracy") == 1.0  # an alias of KCNA
    assert _value(report, "quotes.channel_basis_accuracy") == 0.0
    assert _value(report, "quotes.dprk_state_media_f1") == 1.0
    kinds = sorted((e.kind, e.field) for e in report.errors)
    assert kinds == [("extra", ""), ("miss", ""), ("wrong", "channel_basis"), ("wrong", "speaker")]
    miss = next(e for e in report.errors if e.kind == "miss")
    assert miss.article == "a" and "stand with Moscow" in miss.sentence and miss.file.endswith("a.md")


def test_dprk_state_media_is_read_from_the_frame_when_it_has_the_column(tmp_path):
    quotes = [_quote("Nothing will change that", "Choe Son Hui", "DPRK state media", "paragraph", via_kcna=False, via_dprk_state_media=True)]
    folder = _gold(tmp_path, {"a": ("AP", SPLIT)}, {"a": _labels(quotes=quotes)})
    frames = _frames(tmp_path, folder, quotes=[{"stem": "a", "first": "Nothing will change that", "text": "Nothing will change that",
                                                "speaker": "Choe Son Hui", "channel": "state media", "channel_basis": "paragraph"}])
    assert _value(evaluate([folder], frames=frames), "quotes.dprk_state_media_f1") == 0.0  # "state media" is no channel of channels.csv
    q = pd.read_csv(frames / "quotes.csv")
    q.assign(via_dprk_state_media=True).to_csv(frames / "quotes.csv", index=False)
    assert _value(evaluate([folder], frames=frames), "quotes.dprk_state_media_f1") == 1.0


def test_themes_presence_per_article_and_per_theme(tmp_path):
    lab = _labels(themes=["sovereignty", "fraternity_blood"], borderline=["heroism_sacrifice"])
    body = "Our sovereignty is sacred, the minister said. Blood ties bind us. The brave will be honoured."
    folder = _gold(tmp_path, {"a": ("TASS", body)}, {"a": lab})
    frames = _frames(tmp_path, folder, themes=[{"stem": "a", "term": "sovereignty", "theme": "sovereignty"},
                                               {"stem": "a", "term": "brave", "theme": "heroism_sacrifice"},
                                               {"stem": "a", "term": "minister", "theme": "just_cause"}])
    report = evaluate([folder], frames=frames)
    assert report.figures["themes.precision"] == {"value": 0.5, "n": 2}
    assert report.figures["themes.recall"] == {"value": 0.5, "n": 2}
    assert _value(report, "themes.sovereignty.recall") == 1.0
    assert _value(report, "themes.fraternity_blood.recall") == 0.0
    assert _value(report, "themes.just_cause.precision") == 0.0
    assert report.style_articles == {"russian_state": 1}


def test_broken_or_missing_label_files_are_named_and_skipped(tmp_path):
    good = _labels([_estimate("35", "lost 35 tanks", 35, 35, category="other")])
    wrong_text = _labels([_estimate("4,000", "lost 4,000 tanks", 4000, 4000, category="other")])
    folder = _gold(
        tmp_path,
        {stem: ("Reuters", f"{BODY} ({stem})") for stem in ("good", "broken", "wrong_text", "unlabelled")},
        {"good": good, "broken": '{"estimates": [', "wrong_text": wrong_text, "orphan": good},
    )
    frames = _frames(tmp_path, folder, [{"stem": "good", "quantity_text": "35", "low": 35, "high": 35, "category": "other"}])
    report = evaluate([folder], frames=frames)
    assert report.articles == 1 and _value(report, "estimates.f1") == 1.0
    problems = {p.path.rsplit("/", 1)[-1]: p.reason for p in report.problems}
    assert set(problems) == {"broken.json", "wrong_text.json", "unlabelled.md", "orphan.json"}
    assert "malformed" in problems["broken.json"]
    assert "quantity_text not in the article" in problems["wrong_text.json"]


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"estimates": [{"quantity_text": "35", "low": 35, "high": 35, "hedge": "roughly", "category": "other", "claimant_group": "none"}]}, "hedge"),
        ({"estimates": [{"quantity_text": "40", "low": None, "high": None, "hedge": "exact", "category": "other", "claimant_group": "none"}]}, "neither low nor high"),
        ({"quotes": [{"text": "sovereignty", "kind": "statement", "speaker": "x", "speaker_group": "other", "channel": "KCNA", "channel_basis": None, "non_speech": False}]}, "both be set"),
        ({"themes_present": ["friendship"]}, "unknown theme"),
        ({"quotes": "none"}, "not a list"),
        ([1, 2], "not a JSON object"),
    ],
)
def test_validate_names_what_is_wrong(bad, message):
    errors = validate(bad, "The country lost 40 tanks; sovereignty.")
    assert errors and any(message in e for e in errors)


def test_cli_scores_a_labelled_folder_of_text_files_with_a_manifest(tmp_path, capsys):
    """End to end on a folder the scorer has never seen: .txt articles, metadata in manifest.csv, extracted for real."""
    folder = tmp_path / "mine"
    (folder / "articles").mkdir(parents=True)
    (folder / "labels").mkdir()
    (folder / "articles" / "one.txt").write_text(
        "Seoul's National Intelligence Service said about 3,000 North Korean troops had been sent to Russia.\n\n"
        "“We will always stand with Russia,” Kim Jong Un said, according to KCNA.\n", encoding="utf-8")
    (folder / "articles" / "manifest.csv").write_text("file,title,source,published\none.txt,One,Yonhap,2025-01-02\n", encoding="utf-8")
    lab = _labels([_estimate("about 3,000", "about 3,000 North Korean troops", 3000, 3000, "approximate",
                             claimant="National Intelligence Service", group="south_korea")],
                  [_quote("We will always stand with Russia", "Kim Jong Un", "KCNA", "sentence")], non_estimates=[])
    (folder / "labels" / "one.json").write_text(json.dumps(lab), encoding="utf-8")
    (folder / "labels" / "two.json").write_text("not json", encoding="utf-8")
    out = tmp_path / "ev.json"
    assert cli.main(["evaluate", str(folder), "--errors", "--json", str(out)]) == 0
    printed = capsys.readouterr()
    assert "estimates.f1" in printed.out and "== quotes" in printed.out
    assert "two.json" in printed.err
    data = json.loads(out.read_text())
    assert data["articles"] == 1 and data["style_articles"] == {"korean": 1}
    assert set(data) >= {"figures", "by_style", "errors", "problems", "extractor_version"}
    assert data["figures"]["estimates.recall"]["n"] == 1 and data["figures"]["quotes.recall"]["n"] == 1


def test_cli_exits_1_when_nothing_could_be_scored(tmp_path):
    assert cli.main(["evaluate", str(tmp_path)]) == 1


def test_an_article_whose_extraction_fails_is_named_and_the_others_are_scored(tmp_path, monkeypatch, capsys):
    """A failing extractor costs one article's scores, and says so, rather than looking like a rule that found nothing."""
    from dossier.extractors import pipeline

    real_quotes = pipeline.quotes

    def quotes_failing_on_one(sentences, articles):
        if articles["text"].str.contains("Sinpo shipyard").any():
            raise RuntimeError("a rule broke on this article")
        return real_quotes(sentences, articles)

    monkeypatch.setattr(pipeline, "quotes", quotes_failing_on_one)
    lab = _labels([_estimate("about 3,000", "about 3,000 North Korean troops", 3000, 3000, "approximate",
                             claimant="National Intelligence Service", group="south_korea")], non_estimates=[])
    folder = _gold(
        tmp_path,
        {"fine": ("Yonhap", "The National Intelligence Service said about 3,000 North Korean troops had been sent to Russia."),
         "breaks": ("Yonhap", "The National Intelligence Service said about 3,000 North Korean troops had left the Sinpo shipyard.")},
        {"fine": lab, "breaks": lab},
    )
    report = evaluate([folder])
    assert report.articles == 2
    assert _value(report, "estimates.recall") == 0.5
    [problem] = report.problems
    assert problem.path.endswith("breaks.md") and problem.scored
    assert "extraction failed" in problem.reason and "RuntimeError" in problem.reason

    assert cli.main(["evaluate", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "breaks.md: extraction failed" in err and "skipped" not in err
