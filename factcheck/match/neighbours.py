"""Candidate pairs of similar vectors: exact blocked top-k for small sets, a faiss IVF index for large ones.

faiss-cpu is optional: without it large sets fall back to the exact search (quadratic, minutes at 100k)."""

from __future__ import annotations

import numpy as np

# Up to this many vectors an exact blocked search is fast enough (5,000 x 5,000 x 512 is ~0.3 s on 2 cores).
EXACT_LIMIT = 5000
# Rows per block in the exact search (memory: BLOCK x n float32).
BLOCK = 1024
# IVF probes: cells searched per query. Measured with benchmarks/grouping_scale.py (100k random 512-d, 2 cores):
# nprobe 6: 10 s, 90% of planted clusters recovered; 16: 23 s, 99%; 32: 55 s, 99.99%.
NPROBE = 16


def candidate_pairs(vectors: np.ndarray, *, k: int = 10, min_sim: float = 0.5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) among each row's k nearest neighbours with cosine >= min_sim, as arrays i, j, sim (ordered by
    i, then j). Rows of zeros (vectors left out, see service.extraction._statement_vectors) have none."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    if min_sim > 0 and n >= 2:
        live = np.flatnonzero(vectors.any(axis=1))
        if len(live) < n:  # zero rows (statements no one compares) are no one's neighbours: search without them
            i, j, sims = candidate_pairs(vectors[live], k=k, min_sim=min_sim)
            return live[i], live[j], sims
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    k = min(k, n - 1)
    if n <= EXACT_LIMIT:
        idx, sims = _exact_topk(vectors, k, min_sim)
    else:
        try:
            idx, sims = _faiss_topk(vectors, k)
        except ImportError:
            idx, sims = _exact_topk(vectors, k, min_sim)
    return _to_pairs(idx, sims, min_sim)


def _exact_topk(vectors: np.ndarray, k: int, min_sim: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Exact k nearest neighbours (excluding self) by blocked matrix products.

    With ``min_sim``, a row with at most k cosines of min_sim or more gets just those (the rest of its slots
    say -1, no neighbour): they are all among its k nearest whatever the order, so the pairs of
    ``_to_pairs(..., min_sim)`` are the same as from the full selection, which only rows with more than k such
    cosines still need (most rows of a corpus have a few close statements, if any)."""
    n = len(vectors)
    idx = np.empty((n, k), dtype=np.int64)
    sims = np.empty((n, k), dtype=np.float32)
    for lo in range(0, n, BLOCK):
        hi = min(n, lo + BLOCK)
        block = vectors[lo:hi] @ vectors.T
        block[np.arange(hi - lo), np.arange(lo, hi)] = -np.inf
        if min_sim is None:
            full = np.arange(hi - lo)
        else:
            close = block >= min_sim
            full = np.flatnonzero(close.sum(axis=1) > k)
            idx[lo:hi], sims[lo:hi] = -1, -np.inf
            rows, cols = np.nonzero(close)  # row by row, columns in order
            slot = np.arange(len(rows)) - np.searchsorted(rows, rows)  # position of each among its row's
            keep = slot < k
            idx[lo + rows[keep], slot[keep]] = cols[keep]
            sims[lo + rows[keep], slot[keep]] = block[rows[keep], cols[keep]]
        if len(full):
            part = np.argpartition(-block[full], k - 1, axis=1)[:, :k]
            idx[lo + full] = part
            sims[lo + full] = np.take_along_axis(block[full], part, axis=1)
    return idx, sims


def _faiss_topk(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Approximate k nearest neighbours: a faiss inverted-file index with 8-bit scalar quantisation, then exact
    cosines recomputed for the neighbours found (the quantised scores are only good enough for ranking)."""
    import faiss

    faiss.omp_set_num_threads(2)
    n, dim = vectors.shape
    nlist = max(16, int(2 * np.sqrt(n)))
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    rng = np.random.default_rng(0)
    index.cp.niter = 10
    index.cp.min_points_per_centroid = 1  # the sample below is 20 per cell; faiss would warn on stderr below 39
    index.train(vectors[rng.choice(n, size=min(n, nlist * 20), replace=False)])
    index.add(vectors)
    index.nprobe = NPROBE
    _, idx = index.search(vectors, k + 1)
    idx[idx == np.arange(n)[:, None]] = -1
    sims = np.full(idx.shape, -np.inf, dtype=np.float32)
    for lo in range(0, n, BLOCK):  # a batched matrix product: einsum("id,ikd->ik") took 40x as long (7.7 s at 10k)
        block = idx[lo : lo + BLOCK]
        found = block >= 0
        exact = np.matmul(vectors[np.where(found, block, 0)], vectors[lo : lo + BLOCK, :, None])[..., 0]
        sims[lo : lo + BLOCK] = np.where(found, exact, -np.inf)
    return idx, sims


def _to_pairs(idx: np.ndarray, sims: np.ndarray, min_sim: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Deduplicated (i < j) pairs above the similarity floor."""
    n, k = idx.shape
    rows = np.repeat(np.arange(n), k)
    cols = idx.ravel()
    vals = sims.ravel()
    ok = (cols >= 0) & (vals >= min_sim)
    rows, cols, vals = rows[ok], cols[ok], vals[ok]
    i = np.minimum(rows, cols)
    j = np.maximum(rows, cols)
    key = i * n + j
    _, first = np.unique(key, return_index=True)
    return i[first], j[first], vals[first]
