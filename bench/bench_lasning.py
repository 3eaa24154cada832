"""Mäter läsningen av förfrågningsunderlag i Word och PDF: precision och recall per fält, och läshastighet.

Körs som

    .venv/bin/python bench/bench_lasning.py [--del justering|orörd|alla] [--etiketter KATALOG] [--fel]

Skriptet gör allt i en och samma körning:

1. läser de handmärkta verkliga dokumenten (bench/lasning/etiketter/*.json, som
   pekar ut filerna i ../shared/data/upphandlingsdokument/) och räknar precision
   och recall per fält, för justeringsdelen och den orörda delen var för sig;
2. gör samma sak för de syntetiska dokumenten (tests/syntetiska.py skapar dem,
   Word och PDF, med sina förväntade värden);
3. mäter läshastigheten i sidor per sekund: vår läsare (block med sidor,
   avsnitt, rubriker och tabeller) mot pdfplumbers `extract_text` på samma
   PDF-filer, i samma körning, bästa av två omgångar;
4. jämför med målen: precision ≥ 0,97 totalt och inget fält under 0,90 på den
   orörda delen, recall ≥ 0,75, läsaren högst 1,5 gånger pdfplumbers tid.

Under justeringen körs bara `--del justering`: den orörda delen får inte
användas för att justera mönstren. `--fel` listar de felaktiga och missade
värdena (fält och värden, aldrig citat ur dokumenten). bench/lasning/sedda.txt
listar de verkliga dokument vars text har lästs under justeringen; ett orört
dokument som står där redovisas som förorenat.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from kravmotor.errors import KravmotorError  # noqa: E402
from kravmotor.lasning.extract import FIELDS, extract  # noqa: E402
from kravmotor.lasning.matning import Räkning, load_labels, score, total  # noqa: E402
from kravmotor.lasning.reader import read_document  # noqa: E402

DOKUMENT = HERE.parent.parent / "shared" / "data" / "upphandlingsdokument"
MÅL_PRECISION, MÅL_FÄLT, MÅL_RECALL, MÅL_TID = 0.97, 0.90, 0.75, 1.5


def measure(documents: list[tuple[str, Path, dict]]) -> tuple[dict[str, Räkning], list[str]]:
    per_field = {name: Räkning() for name in FIELDS}
    problems = []
    for name, path, labels in documents:
        try:
            found = extract(read_document(path))
        except KravmotorError as error:
            problems.append(f"{name}: {error}")
            continue
        for field_name, count in score(name, found, labels, FIELDS).items():
            per_field[field_name].add(count)
    return per_field, problems


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}".replace(".", ",")


def report(title: str, per_field: dict[str, Räkning], show_errors: bool) -> Räkning:
    whole = total(per_field)
    print(f"\n{title}")
    print(f"  {'fält':42} {'extr.':>5} {'rätt':>5} {'märkt':>5} {'precision':>9} {'recall':>7} {'fel källa':>9}")
    for name, count in per_field.items():
        if count.extraherade or count.märkta or count.konflikter:
            print(f"  {name:42} {count.extraherade:5} {count.rätta:5} {count.märkta:5} {_f(count.precision):>9} "
                  f"{_f(count.recall):>7} {count.fel_källa:9}")
    print(f"  {'totalt':42} {whole.extraherade:5} {whole.rätta:5} {whole.märkta:5} {_f(whole.precision):>9} "
          f"{_f(whole.recall):>7} {whole.fel_källa:9}")
    if whole.konflikter:
        print(f"  konflikter i etiketterna lämnade okända: {whole.konflikter_okända} av {whole.konflikter}")
    if show_errors:
        for line in whole.fel:
            print(f"    {line}")
    return whole


def speed(paths: list[Path]) -> tuple[float, float, int]:
    """Seconds for our reader and for pdfplumber's extract_text over the same PDFs (best of two), and the pages."""
    import pdfplumber

    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            pages += len(pdf.pages)

    def plain() -> None:
        for path in paths:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()

    def ours() -> None:
        for path in paths:
            read_document(path)

    best = {}
    for name, run in (("pdfplumber", plain), ("läsaren", ours)) * 2:
        start = time.perf_counter()
        run()
        elapsed = time.perf_counter() - start
        best[name] = min(best.get(name, elapsed), elapsed)
    return best["läsaren"], best["pdfplumber"], pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--del", dest="part", choices=["justering", "orörd", "alla"], default="alla")
    parser.add_argument("--etiketter", type=Path, default=HERE / "lasning" / "etiketter")
    parser.add_argument("--fel", action="store_true", help="lista felaktiga och missade värden")
    parser.add_argument("--utan-hastighet", action="store_true", help="hoppa över hastighetsmätningen")
    args = parser.parse_args()

    base = DOKUMENT
    labels = load_labels(args.etiketter) if args.etiketter.is_dir() else []
    seen = set((HERE / "lasning" / "sedda.txt").read_text(encoding="utf-8").split("\n")) \
        if (HERE / "lasning" / "sedda.txt").is_file() else set()
    parts = ["justering", "orörd"] if args.part == "alla" else [args.part]
    ok = True
    held_out = None
    for part in parts:
        chosen = [(label["_namn"], base / label["fil"], label["fält"]) for label in labels if label.get("del") == part]
        if not chosen:
            print(f"\n{part}: inga märkta dokument")
            continue
        per_field, problems = measure(chosen)
        templates = {label.get("mall") for label in labels if label.get("del") == part}
        whole = report(f"Verkliga dokument, {part}: {len(chosen)} dokument, {len(templates)} mallar", per_field, args.fel)
        for problem in problems:
            print(f"  kunde inte läsas: {problem}")
        if part == "orörd":
            held_out = (whole, per_field)
            tainted = [label["fil"] for label in labels if label.get("del") == "orörd" and label["fil"] in seen]
            if tainted:
                print(f"  FÖRORENAT: {len(tainted)} orörda dokument har lästs under justeringen: {', '.join(tainted)}")
                ok = False

    from syntetiska import skapa_alla

    with tempfile.TemporaryDirectory() as work:
        synthetic = [(name, path, labels) for name, path, labels in skapa_alla(Path(work))]
        per_field, problems = measure(synthetic)
        synthetic_whole = report(f"Syntetiska dokument: {len(synthetic)}", per_field, args.fel)
        for problem in problems:
            print(f"  kunde inte läsas: {problem}")

    print("\nMål")
    if held_out:
        whole, per_field = held_out
        worst = min(((c.precision, n) for n, c in per_field.items() if c.precision is not None), default=(None, ""))
        checks = [("precision orörd ≥ 0,97", whole.precision is not None and whole.precision >= MÅL_PRECISION,
                   _f(whole.precision)),
                  ("inget fält under 0,90 (orörd)", worst[0] is None or worst[0] >= MÅL_FÄLT, f"{_f(worst[0])} {worst[1]}"),
                  ("recall orörd ≥ 0,75", whole.recall is not None and whole.recall >= MÅL_RECALL, _f(whole.recall))]
    else:
        checks = []
    checks.append(("precision syntetiska ≥ 0,97", (synthetic_whole.precision or 0) >= MÅL_PRECISION,
                   _f(synthetic_whole.precision)))
    if not args.utan_hastighet:
        pdfs = sorted({base / label["fil"] for label in labels if label["fil"].lower().endswith(".pdf")})
        pdfs = [p for p in pdfs if p.is_file()] or sorted((base / "dokument").glob("*.pdf"))[:10]
        ours, plain, pages = speed(pdfs)
        ratio = ours / plain if plain else float("inf")
        print(f"  läshastighet: läsaren {pages / ours:.1f} sidor/s, pdfplumber extract_text {pages / plain:.1f} sidor/s "
              f"({len(pdfs)} PDF-filer, {pages} sidor)")
        checks.append(("läsaren ≤ 1,5 × pdfplumber", ratio <= MÅL_TID, f"{ratio:.2f}×".replace(".", ",")))
    for name, passed, shown in checks:
        print(f"  {'✓' if passed else '✗'} {name}: {shown}")
        ok = ok and passed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
