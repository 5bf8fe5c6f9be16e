#!/usr/bin/env bash
# Installs what is missing, builds, and starts Switchyard.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
configure_and_build
log "Starting Switchyard"
exec "$BUILD_DIR/src/switchyard" "$@"
