#!/usr/bin/env python3
"""Whole-process start-up, side by side: the `make dist` binary's snapshots against the floor
program (Benchmarks/Floor, a static Swift program that imports Foundation and prints a 160x48
screen). Each command runs in turn, round after round, so that both see the same machine; the
figures are medians of wall time from spawn to exit, and the peak resident memory of each.

Run with `make startup` (which builds both first). `ATLAS=path` times another binary instead of
dist/nk-defectors; `BEFORE=path` times a second one beside it, in the same rounds, for a
before-and-after comparison on the same machine state."""
import fcntl, os, pty, select, statistics, struct, subprocess, sys, termios, time

ROUNDS = int(os.environ.get("ROUNDS", "40"))
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
atlas = os.environ.get("ATLAS", os.path.join(root, "dist", "nk-defectors"))
floor = os.path.join(root, "dist", "start-floor")
commands = {
    "floor: static Swift + Foundation, prints 160x48": [floor],
    "snapshot --size 160x48": [atlas, "snapshot", "--size", "160x48"],
    "snapshot --size 240x80 --charset braille": [atlas, "snapshot", "--size", "240x80", "--charset", "braille"],
    "--version": [atlas, "--version"],
}
before = os.environ.get("BEFORE")
if before:
    for name, argv in list(commands.items()):
        if argv[0] == atlas:
            commands["before: " + name] = [before] + argv[1:]
times = {name: [] for name in commands}
peaks = {name: 0 for name in commands}
for _ in range(ROUNDS):
    for name, argv in commands.items():
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        times[name].append(time.perf_counter() - start)
        peaks[name] = max(peaks[name], usage.ru_maxrss)
        if status != 0:
            sys.exit(f"{' '.join(argv)} failed with status {status}")

def first_frame(binary, width=160, height=48):
    """Spawn to the first full frame of the TUI on a pseudo-terminal: the time until the status
    line's key hints (the last thing drawn) have been written; then q."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    start = time.perf_counter()
    child = subprocess.Popen([binary, "run"], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    seen, elapsed = b"", None
    while elapsed is None and time.perf_counter() - start < 5:
        if select.select([master], [], [], 0.5)[0]:
            seen += os.read(master, 65536)
            if b"? help" in seen:
                elapsed = time.perf_counter() - start
    os.write(master, b"q")
    while select.select([master], [], [], 1)[0]:
        try:
            if not os.read(master, 65536): break
        except OSError:
            break
    child.wait(timeout=5)
    os.close(master)
    if elapsed is None: sys.exit("the TUI drew no frame within 5 s")
    return elapsed

frames, frames_before = [], []
for _ in range(ROUNDS // 2):
    frames.append(first_frame(atlas))
    if before: frames_before.append(first_frame(before))
base = statistics.median(times["floor: static Swift + Foundation, prints 160x48"])
print(f"whole process, medians of {ROUNDS} runs each, interleaved")
for name in commands:
    m = statistics.median(times[name])
    print(f"  {m * 1000:6.1f} ms  {m / base:4.1f}x floor  peak RSS {peaks[name] / 1024:5.1f} MB  {name}")
m = statistics.median(frames)
print(f"  {m * 1000:6.1f} ms  {m / base:4.1f}x floor  run: exec to the first full frame, 160x48, on a pseudo-terminal ({len(frames)} runs)")
if before:
    m = statistics.median(frames_before)
    print(f"  {m * 1000:6.1f} ms  {m / base:4.1f}x floor  before: run: exec to the first full frame, 160x48, on a pseudo-terminal ({len(frames_before)} runs)")
