#!/usr/bin/env bash
# make leaks: a scripted session of the real program (keys, resizes, every chapter, a panel, the
# help, quit) in tmux, built with AddressSanitizer; LeakSanitizer reports at exit. Passes when no
# bytes are definitely lost in the program's own code.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --sanitize=address --scratch-path .build-asan >/dev/null
bin="$(swift build --sanitize=address --scratch-path .build-asan --show-bin-path)/nk-defectors"
work="$(mktemp -d)"
sock="nk-leaks-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export ASAN_OPTIONS="detect_leaks=1:log_path=$work/asan:exitcode=23"
tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 40 \
  "TERM=xterm-256color ASAN_OPTIONS='$ASAN_OPTIONS' '$bin'; echo \$? > '$work/code'; sleep 30"
pause() { sleep "${1:-0.4}"; }
pause 3
keys=(Tab Tab Enter Down Down Escape Right Up Left '?' x)
for k in "${keys[@]}"; do tmux -L "$sock" send-keys "$k"; pause 0.2; done
for c in 1 3 4 5 6 7 8 9; do
  tmux -L "$sock" send-keys "$c"; pause 0.5
  tmux -L "$sock" send-keys Enter Down Left Right Escape; pause 0.3
done
tmux -L "$sock" resize-window -x 80 -y 24; pause
tmux -L "$sock" resize-window -x 50 -y 15; pause
tmux -L "$sock" resize-window -x 160 -y 48; pause
tmux -L "$sock" send-keys 2 Enter; pause
tmux -L "$sock" send-keys q
for _ in $(seq 1 50); do [ -f "$work/code" ] && break; sleep 0.2; done
code="$(cat "$work/code" 2>/dev/null || echo missing)"
report="$(cat "$work"/asan* 2>/dev/null || true)"
lost="$(printf '%s\n' "$report" | grep -E '^SUMMARY: AddressSanitizer: [0-9]+ byte' || true)"
# Leaks whose stacks pass through the program's own modules.
ours="$(printf '%s\n' "$report" | awk '/^Direct leak/{block=$0; next} block!="" {block=block"\n"$0} /^$/{ if (block ~ /AtlasCore|AtlasTerminal|nk_defectors|nk-defectors\//) print block; block="" }')"
echo "exit code: $code"
echo "LeakSanitizer: ${lost:-no leaks reported}"
if [ "$code" != "0" ] && [ "$code" != "23" ]; then echo "the session did not end cleanly"; exit 1; fi
if [ -n "$ours" ]; then echo "definitely lost in the program's own code:"; echo "$ours"; exit 1; fi
echo "0 bytes definitely lost in the program's own code"
