#!/usr/bin/env bash
# Registers the notebooks' Java kernel, "Java (OrderCycle)" (kernelspec ordercycle-java).
#
#   notebooks/install-kernel.sh                  # for the current user (~/.local/share/jupyter/kernels)
#   notebooks/install-kernel.sh --prefix DIR     # into DIR/share/jupyter/kernels (then JUPYTER_PATH=DIR/share/jupyter)
#
# 1. When /usr/bin/jupyter (or its kernelspec command) is missing, installs Debian's Jupyter
#    packages with apt-get. That needs root: run the script as root, or as a user who may use
#    sudo. About 35 s, more when apt's package lists are old.
# 2. Builds target/ordercycle-all.jar when it is missing or older than the sources (about a minute).
# 3. Registers a kernel that runs, with the launcher's JVM options (headless, JIT, collector):
#      java @<this checkout>/src/main/resources/org/ordercycle/jvm.options \
#           -cp <this checkout>/target/ordercycle-all.jar org.ordercycle.notebook.KernelMain {connection_file}
#    Running the script again replaces the registration (after moving the checkout, for example).
# Set JUPYTER to use another jupyter command; the python3 first on PATH may lack Jupyter.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/ordercycle-all.jar"
options="$root/src/main/resources/org/ordercycle/jvm.options"
jupyter="${JUPYTER:-/usr/bin/jupyter}"
name=ordercycle-java
where=(--user)
case "${1:-}" in
  --prefix) [ -n "${2:-}" ] || { echo "usage: $0 [--prefix DIR]" >&2; exit 2; }
            mkdir -p "$2"; where=(--prefix "$(cd "$2" && pwd)") ;;
  "")       ;;
  *)        echo "usage: $0 [--prefix DIR]" >&2; exit 2 ;;
esac

# jupyter-client brings the `jupyter kernelspec` command.
if [ ! -x "$jupyter" ] || { [ -z "${JUPYTER:-}" ] && [ ! -x /usr/bin/jupyter-kernelspec ]; }; then
  packages=(jupyter-notebook jupyter-nbconvert python3-nbconvert python3-nbclient python3-ipykernel jupyter-client)
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "$jupyter is missing and installing it needs root. As root, run:" >&2
    echo "  apt-get install -y --no-install-recommends ${packages[*]}" >&2
    exit 1
  fi
  echo "Installing Jupyter from Debian's packages (about 35 s)..." >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  echo "Building $jar (about a minute)..." >&2
  (cd "$root" && ./mvnw -q -B -Dmaven.test.skip=true package >&2)
fi

java="$(command -v java)" || { echo "java is not on PATH: install a JDK 17" >&2; exit 1; }
spec="$(mktemp -d)/$name"
trap 'rm -rf "$(dirname "$spec")"' EXIT
mkdir -p "$spec"
json() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
cat > "$spec/kernel.json" <<JSON
{
  "argv": ["$(json "$java")", "@$(json "$options")", "-cp", "$(json "$jar")",
           "org.ordercycle.notebook.KernelMain", "{connection_file}"],
  "display_name": "Java (OrderCycle)",
  "language": "java",
  "interrupt_mode": "message"
}
JSON
"$jupyter" kernelspec install "${where[@]}" --name "$name" "$spec" >&2
echo "Registered kernel $name (\"Java (OrderCycle)\") running $jar" >&2
if [ "${where[0]}" = --prefix ]; then
  echo "Jupyter finds it with: export JUPYTER_PATH=${where[1]}/share/jupyter" >&2
fi
