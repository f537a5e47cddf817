"""Copy the front-end files the web app needs from node_modules into src/tarikh/serve/static/vendor/.

Run ``npm ci`` first (package.json pins exact versions; package-lock.json is committed).
The vendor folder is gitignored: the assets come from the npm registry at install time.

    npm ci && python scripts/build_assets.py
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEST = ROOT / "src" / "tarikh" / "serve" / "static" / "vendor"

# (package, file or folder inside the package, destination inside vendor/)
FILES = (
    # the "peer" builds: unlike the standalone ones they inject no <style> (the CSP allows only style files)
    ("moment", "min/moment.min.js", "moment/moment.min.js"),
    ("vis-data", "peer/umd/vis-data.min.js", "vis-data/vis-data.min.js"),
    ("vis-timeline", "peer/umd/vis-timeline-graph2d.min.js", "vis-timeline/vis-timeline-graph2d.min.js"),
    ("vis-timeline", "styles/vis-timeline-graph2d.min.css", "vis-timeline/vis-timeline-graph2d.min.css"),
    ("vis-network", "peer/umd/vis-network.min.js", "vis-network/vis-network.min.js"),
    ("vis-network", "styles/vis-network.min.css", "vis-network/vis-network.min.css"),
    ("leaflet", "dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet", "dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet", "dist/images", "leaflet/images"),
    ("topojson-client", "dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"),
    ("world-atlas", "countries-110m.json", "world-atlas/countries-110m.json"),
    ("leaflet", "LICENSE", "leaflet/LICENSE"),
    ("moment", "LICENSE", "moment/LICENSE"),
    ("vis-data", "LICENSE-MIT", "vis-data/LICENSE-MIT"),
    ("vis-timeline", "LICENSE-MIT", "vis-timeline/LICENSE-MIT"),
    ("vis-network", "LICENSE-MIT", "vis-network/LICENSE-MIT"),
    ("topojson-client", "LICENSE", "topojson-client/LICENSE"),
    ("world-atlas", "LICENSE", "world-atlas/LICENSE"),
)
OPTIONAL = {"LICENSE", "LICENSE-MIT"}


def copy_assets(node_modules: Path, dest: Path) -> list[str]:
    """Copy every needed file; returns the files that were missing (a license file may be absent)."""
    missing = []
    for pkg, rel, out in FILES:
        src = node_modules / pkg / rel
        target = dest / out
        if not src.exists():
            if Path(rel).name not in OPTIONAL:
                missing.append(str(src))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, target, dirs_exist_ok=True)
        else:
            shutil.copy2(src, target)
    return missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--node-modules", default=str(ROOT / "node_modules"))
    ap.add_argument("--dest", default=str(DEST))
    args = ap.parse_args(argv)
    nm = Path(args.node_modules)
    if not nm.is_dir():
        print(f"no {nm}: run 'npm ci' in {ROOT} first", file=sys.stderr)
        return 1
    missing = copy_assets(nm, Path(args.dest))
    if missing:
        print("missing (run 'npm ci'):\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    print(f"copied front-end assets into {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
