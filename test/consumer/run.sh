#!/usr/bin/env bash
# costlint as its users install it: the packed tarball in a fresh project, linting a small agent file under
# ESLint 9 and 10, with @typescript-eslint/parser (.ts) and with ESLint's default parser (.js), with each
# TypeScript a project may have: 5.x, 6.x, 7.x (no JavaScript API) and none. One install per ESLint major; the
# TypeScript is swapped in place. Needs the npm registry.
#   bash test/consumer/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
npm_flags=(--no-audit --no-fund --loglevel=warn)

# The tarball npm users get (prepack builds it).
(cd "$root" && npm pack --pack-destination "$work" --silent >/dev/null)
tarball="$(ls "$work"/costlint-*.tgz)"
echo "consumer: $(basename "$tarball") $(( $(stat -c %s "$tarball") / 1024 )) KiB"

fail=0
expect_ok() { # LABEL PARSER FILE
  local out
  if ! out="$(cd "$project" && PARSER="$2" npx --no-install eslint -f json "$3" 2>"$work/stderr")" && [ -z "$out" ]; then
    echo "$1: eslint failed:"; cat "$work/stderr"; fail=1; return
  fi
  if grep -q "costlint" "$work/stderr"; then echo "$1: costlint wrote to stderr:"; cat "$work/stderr"; fail=1; return; fi
  echo "$out" | node "$here/check.mjs" "$1" || fail=1
}
expect_parser_refuses() { # LABEL: @typescript-eslint/parser itself cannot run; the error must be the parser's
  if (cd "$project" && PARSER=typescript npx --no-install eslint -f json agent.ts >/dev/null 2>"$work/stderr"); then
    echo "$1: expected @typescript-eslint/parser to refuse"; fail=1; return
  fi
  if grep -q "costlint" "$work/stderr" || ! grep -Eqi "typescript-eslint does not support|Cannot find module 'typescript'" "$work/stderr"; then
    echo "$1: unexpected failure:"; cat "$work/stderr"; fail=1; return
  fi
  echo "$1: ok (the parser refuses, as expected: $(grep -Eio "typescript-eslint does not support TS [0-9.]+|Cannot find module 'typescript'" "$work/stderr" | head -1))"
}

for eslint in 9.39.5 10.15.0; do
  project="$work/eslint-${eslint%%.*}"
  mkdir -p "$project"
  cp "$here"/project/agent.* "$project/"
  cp "$here/project/consumer.eslint.config.mjs" "$project/eslint.config.mjs"
  echo '{ "name": "consumer", "version": "1.0.0", "private": true, "type": "module" }' >"$project/package.json"
  # costlint itself installs strictly (no peer conflict, no EBADENGINE) beside TypeScript 7.
  (cd "$project" && npm install "${npm_flags[@]}" "$tarball" "eslint@$eslint" typescript@7.0.2 >/dev/null 2>"$work/install.log") || { cat "$work/install.log"; exit 1; }
  if grep -E "EBADENGINE|ERESOLVE" "$work/install.log"; then echo "eslint $eslint: install warnings above"; fail=1; fi
  # The parser's own peer range stops at TypeScript 6.0: add it regardless, to see who fails.
  (cd "$project" && npm install "${npm_flags[@]}" --legacy-peer-deps @typescript-eslint/parser@8.72.0 >/dev/null)
  for typescript in 7.0.2 6.0.3 5.0.4 none; do
    if [ "$typescript" = none ]; then
      (cd "$project" && npm uninstall "${npm_flags[@]}" --legacy-peer-deps typescript >/dev/null)
    else
      (cd "$project" && npm install "${npm_flags[@]}" --legacy-peer-deps "typescript@$typescript" >/dev/null)
    fi
    label="eslint $eslint, typescript $typescript"
    expect_ok "$label, espree (.js)" espree agent.js
    case "$typescript" in
      7.*|none) expect_parser_refuses "$label, @typescript-eslint/parser (.ts)" ;;
      *) expect_ok "$label, @typescript-eslint/parser (.ts)" typescript agent.ts ;;
    esac
  done
done
echo "consumer: done in $(( $(date +%s) - started )) s"
exit "$fail"
