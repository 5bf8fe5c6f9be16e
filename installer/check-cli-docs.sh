#!/usr/bin/env bash
# check-cli-docs.sh SWITCHYARD INSTALLER_DIR
# Every command `switchyard --help` names and every flag it and each command's --help print
# must be in the man page (installer/switchyard.1) and in the bash, zsh and fish completions,
# so the installed documentation never falls behind the program. Registered with CTest as
# test_installer_docs.
set -euo pipefail
bin="$1"
dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Each command's --help opens the profile: a throwaway one.
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

"$bin" --help > "$work/help.txt"
# The command lines of the "Commands:" section: two spaces, then the command's name.
commands="$(sed -n '/^Commands:/,/^$/p' "$work/help.txt" | sed -n 's/^  \([a-z][a-z]*\)\b.*/\1/p' | sort -u)"
[ -n "$commands" ] || { echo "no commands found in \`switchyard --help\`" >&2; exit 1; }
cp "$work/help.txt" "$work/all.txt"
for c in $commands; do
    # Commands without a parser of their own (keys) print their usage on stderr and exit 2.
    "$bin" "$c" --help < /dev/null >> "$work/all.txt" 2>&1 || true
done

# Long flags, and short ones written as "-p," or "-p " in the help texts.
flags="$(grep -oE -- '(^|[^a-zA-Z0-9-])--[a-z][a-z0-9-]*' "$work/all.txt" | sed 's/^[^-]*//' | sort -u)"
shorts="$(grep -oE -- '(^|[ [])-[a-zA-Z]([ ,]|$)' "$work/all.txt" | grep -oE -- '-[a-zA-Z]' | sort -u)"

man_text="$(sed 's/\\-/-/g' "$dir/switchyard.1")"
bash_text="$(cat "$dir/completions/switchyard.bash")"
zsh_text="$(cat "$dir/completions/_switchyard")"
fish_text="$(cat "$dir/completions/switchyard.fish")"
missing=0
miss() { echo "$1 is not in $2" >&2; missing=1; }
has() { grep -qE -- "(^|[^a-zA-Z0-9-])$1([^a-zA-Z0-9-]|\$)" <<< "$2"; }

for c in $commands; do
    has "$c" "$man_text" || miss "command \"$c\"" "switchyard.1"
    has "$c" "$bash_text" || miss "command \"$c\"" "completions/switchyard.bash"
    has "$c" "$zsh_text" || miss "command \"$c\"" "completions/_switchyard"
    has "$c" "$fish_text" || miss "command \"$c\"" "completions/switchyard.fish"
done
for f in $flags; do
    has "$f" "$man_text" || miss "flag $f" "switchyard.1"
    case "$f" in --help-all) continue ;; esac
    has "$f" "$bash_text" || miss "flag $f" "completions/switchyard.bash"
    has "$f" "$zsh_text" || miss "flag $f" "completions/_switchyard"
    has "-l ${f#--}" "$fish_text" || miss "flag $f" "completions/switchyard.fish"
done
for s in $shorts; do
    has "$s" "$man_text" || miss "flag $s" "switchyard.1"
    has "$s" "$bash_text" || miss "flag $s" "completions/switchyard.bash"
    has "$s" "$zsh_text" || miss "flag $s" "completions/_switchyard"
    has "-s ${s#-}" "$fish_text" || miss "flag $s" "completions/switchyard.fish"
done
[ "$missing" = 0 ] || exit 1
echo "$(wc -w <<< "$commands") commands, $(wc -w <<< "$flags") long and $(wc -w <<< "$shorts") short flags: all documented and completed"
