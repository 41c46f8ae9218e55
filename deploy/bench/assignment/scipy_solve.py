#!/usr/bin/python3
"""Solves the benchmark's instances with scipy (maximising), in the same run as our solver; prints "case millis total"."""
import sys
import time
import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

d = sys.argv[1]
for name, n, m in [("dense-1000x1000", 1000, 1000), ("dense-2000x2000", 2000, 2000), ("dense-5000x300", 5000, 300)]:
    a = np.fromfile(f"{d}/{name}.i32", dtype="<i4").reshape(n, m).astype(np.int64)
    t = time.perf_counter()
    r, c = linear_sum_assignment(a, maximize=True)
    ms = (time.perf_counter() - t) * 1000
    print(f"{name} {ms:.0f} {int(a[r, c].sum())}")

# Sparse: every seat has ~1000 eligible candidates, so a full matching of the seats exists and the
# maximum-score assignment is the minimum of (big - score) over full matchings.
coo = np.fromfile(f"{d}/sparse-50000x2000.coo.i32", dtype="<i4").reshape(-1, 3)
big = 2_000_000
t = time.perf_counter()
g = csr_matrix(((big - coo[:, 2]).astype(np.float64), (coo[:, 1], coo[:, 0])), shape=(2000, 50000))
r, c = min_weight_full_bipartite_matching(g)
ms = (time.perf_counter() - t) * 1000
score = {(int(i), int(j)): int(s) for i, j, s in coo}
print(f"sparse-50000x2000 {ms:.0f} {sum(score[(int(cc), int(rr))] for rr, cc in zip(r, c))}")
