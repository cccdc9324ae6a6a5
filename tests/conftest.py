from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2370f5f62fc33515.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    import sourcecheck

    return sourcecheck.analyze(seed_text)


@pytest.fixture(scope="session")
def compiled_copy(tmp_path_factory):
    """The packaged model copied to a temporary folder, with its compiled form exported beside it."""
    import shutil

    from sourcecheck.model import default_model_path, export_compiled

    src = default_model_path()
    dst = tmp_path_factory.mktemp("compiled") / src.name
    shutil.copy(src, dst)
    shutil.copy(src.with_suffix(".json"), dst.with_suffix(".json"))
    export_compiled(dst)
    return dst
