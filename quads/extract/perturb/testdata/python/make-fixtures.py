#!/usr/bin/env python3
"""Record what the shared tool ../shared/tools/perturb-names makes, for
TestMatchesPythonTool. Run from the repository root:

    python3 quads/extract/perturb/testdata/python/make-fixtures.py /work/shared/tools/perturb-names

For each set and seed it writes SET-SEED.map.tsv (the tool's word map) and
SET-SEED.sha256 (the SHA-256 of every article text the tool writes, and of
the gold's entities and relations in the line form of canonical()).
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = {
    "seeds": ("quads/extract/testdata/gold/seeds.json", "quads/corpus/seeds"),
    "dev": ("quads/extract/testdata/gold/dev.json", "quads/corpus/dev"),
    "dev2": ("quads/extract/testdata/gold/dev2.json", "quads/corpus/dev2"),
    "dev3": ("quads/extract/testdata/dev3/gold.json", "quads/extract/testdata/dev3"),
}
SEEDS = ["1", "2"]


def canonical(gold):
    """One line per entity and relation, fields tab-separated."""
    lines = []
    for a in gold["articles"]:
        for e in a["entities"]:
            lines.append("\t".join(["E", a["file"], e["name"], e["type"], "|".join(e.get("aliases", []))]))
        for r in a["relations"]:
            lines.append("\t".join(["R", a["file"], r["s"], r["p"], r["o"], r.get("title") or "",
                                    r.get("base") or "", r.get("evidence") or ""]))
    return "\n".join(lines) + "\n"


def main(tool):
    for name, (gold_path, corpus) in SETS.items():
        for seed in SEEDS:
            with tempfile.TemporaryDirectory() as out:
                subprocess.run([sys.executable, tool, gold_path, corpus, out, seed], check=True)
                base = os.path.join(HERE, f"{name}-{seed}")
                with open(os.path.join(out, "map.tsv"), encoding="utf-8") as f, \
                        open(base + ".map.tsv", "w", encoding="utf-8") as g:
                    g.write(f.read())
                sums = []
                for file in sorted(os.listdir(os.path.join(out, "articles"))):
                    with open(os.path.join(out, "articles", file), "rb") as f:
                        sums.append(f"{hashlib.sha256(f.read()).hexdigest()}  articles/{file}")
                with open(os.path.join(out, "gold.json"), encoding="utf-8") as f:
                    c = canonical(json.load(f)).encode()
                sums.append(f"{hashlib.sha256(c).hexdigest()}  gold")
                with open(base + ".sha256", "w") as f:
                    f.write("\n".join(sums) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
