#!/bin/sh
# Builds the AppCDS archive of a jpackage app image from the committed class list (decision 0015).
# The launcher passes -XX:SharedArchiveFile=$APPDIR/tend.jsa; if the archive does not match the
# runtime the JVM ignores it and starts as usual, only slower.
#
# Only the runtime's classes (JDK and JavaFX, the bulk of start-up) are archived, not the class
# path's: Java 17 refuses an archive whose class path was elsewhere at dump time, and the image
# moves (the .deb installs it under /opt/tend). The class list's app classes are skipped here.
# Usage: appcds.sh APP_IMAGE CLASSLIST   (APP_IMAGE = target/dist/Tend)
set -eu
image=$1
classlist=$2
archive="$image/lib/app/tend.jsa"
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" \
    -XX:SharedArchiveFile="$archive" >/dev/null 2>&1 \
    || { echo "appcds.sh: no archive made (the app starts without it)" >&2; rm -f "$archive"; exit 0; }
echo "appcds.sh: $(du -h "$archive" | cut -f1) archive $archive"
