#!/usr/bin/env bash
# check-files.sh INSTALLER_DIR: the desktop file, the AppStream metainfo, the man page and the
# completions each pass their own validator. Registered with CTest as test_installer_files when
# desktop-file-validate, appstreamcli and groff are installed (scripts/common.sh installs them);
# the zsh and fish checks run where those shells are installed.
set -euo pipefail
dir="$1"
id=io.github.switchyard.Switchyard
desktop-file-validate "$dir/$id.desktop"
appstreamcli validate --no-net --explain "$dir/$id.metainfo.xml"
# groff's warnings (-ww) about the man page, on stderr, fail the check.
warnings="$(LC_ALL=C.UTF-8 groff -man -ww -z "$dir/switchyard.1" 2>&1)"
[ -z "$warnings" ] || { echo "switchyard.1: $warnings" >&2; exit 1; }
bash -n "$dir/completions/switchyard.bash"
if command -v zsh > /dev/null; then zsh -n "$dir/completions/_switchyard"; else echo "zsh not installed: _switchyard not parsed"; fi
if command -v fish > /dev/null; then fish -n "$dir/completions/switchyard.fish"; else echo "fish not installed: switchyard.fish not parsed"; fi
echo "desktop file, metainfo, man page and completions are valid"
