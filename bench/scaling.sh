#!/usr/bin/env bash
# Growth-shape checks moved out of the unit tests (timings depend on the machine's load, so they do not belong in
# `mvn verify`): extraction over 100 KB vs 1 MB of adversarial text, generic alignment over 5,000 vs 20,000 claims.
# Each prints its numbers and exits 1 when growth looks quadratic. Usage: bench/scaling.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -d target/test-classes/io/claimcheck/extract ] || [ -n "$(find pom.xml src -newer target/test-classes -print -quit)" ]; then
  echo "building (mvn -o -DskipTests test-compile)..." >&2
  mvn -B -ntp -o -q -DskipTests test-compile >&2
fi
cp="target/test-classes:target/classes:$(mvn -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
java -cp "$cp" io.claimcheck.extract.ExtractionScaling
java -cp "$cp" io.claimcheck.align.AlignmentScaling
