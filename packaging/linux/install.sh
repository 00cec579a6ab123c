#!/bin/sh
# Register CRM Workshop with the Linux desktop for the current user: the menu entry,
# its icons, the AppStream metadata and the workshop file type (*.crmw), so that
# double-clicking a .crmw file opens it in the app.
#
#   linux/install.sh                  in an unpacked bundle: registers that bundle
#   packaging/linux/install.sh        in a source checkout: dist/crm-workshop if
#                                     built, else crm-workshop on PATH (pip/pipx)
#   install.sh --exec PATH            register another executable
#   install.sh --prefix DIR           install under DIR/share (default: ~/.local)
#   install.sh --uninstall            remove what this script installed
#
# Nothing outside PREFIX/share is written, except the default-application choice
# that xdg-mime (if installed) records for the user. No root needed.
set -eu

APP_ID=org.crmworkshop.CrmWorkshop
MIME_TYPE=application/x-crm-workshop
SIZES="16 24 32 48 64 128 256 512"

here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
exe=""
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=$2; shift 2 ;;
        --exec) exe=$2; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
share="$prefix/share"

refresh() {
    # Each cache is optional: desktops rebuild them too, just later.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$share/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" 2>/dev/null || true
    fi
    touch "$share/icons/hicolor" 2>/dev/null || true
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$uninstall" = 1 ]; then
    rm -f "$share/applications/$APP_ID.desktop" \
        "$share/metainfo/$APP_ID.metainfo.xml" \
        "$share/mime/packages/crm-workshop.xml" \
        "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "CRM Workshop's desktop entry and file type removed from $share"
    exit 0
fi

# The executable the menu entry and the file type start.
if [ -z "$exe" ]; then
    if [ -x "$here/../crm-workshop" ] && [ -d "$here/../_internal" ]; then
        exe="$here/../crm-workshop"                      # an unpacked bundle
    elif [ -x "$here/../../dist/crm-workshop/crm-workshop" ]; then
        exe="$here/../../dist/crm-workshop/crm-workshop"  # a checkout after make bundle
    elif command -v crm-workshop >/dev/null 2>&1; then
        exe=$(command -v crm-workshop)                   # installed with pip or pipx
    else
        echo "install.sh: no crm-workshop executable found; build the bundle" \
            "(make bundle) or give --exec PATH" >&2
        exit 3
    fi
fi
if [ ! -x "$exe" ]; then
    echo "install.sh: $exe is not an executable file" >&2
    exit 3
fi
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
case "$exe" in
    *[\"\`\$\\]*)
        echo "install.sh: the path $exe holds a character a desktop entry cannot" \
            "quote (\" \` \$ \\); move the app elsewhere" >&2
        exit 3 ;;
esac

# Icons: beside the bundle's data, or in the source checkout.
icons=""
for candidate in "$here/../_internal/resources/icons" "$here/../../resources/icons"; do
    if [ -f "$candidate/crm-workshop.svg" ]; then
        icons=$candidate
        break
    fi
done
if [ -z "$icons" ]; then
    echo "install.sh: the app icons were not found next to $here" >&2
    exit 3
fi

mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" \
    "$share/icons/hicolor/scalable/apps"
# Exec holds the absolute path in quotes: the menu's PATH may lack ~/.local/bin,
# and the path may hold spaces or non-ASCII letters (Użytkownik/Programy).
sed_exe=$(printf '%s' "$exe" | sed 's/[&|]/\\&/g')
sed "s|^Exec=.*|Exec=\"$sed_exe\" %f|" "$here/$APP_ID.desktop" \
    >"$share/applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
cp "$here/crm-workshop-mime.xml" "$share/mime/packages/crm-workshop.xml"
cp "$icons/crm-workshop.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$icons/png/crm-workshop-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || true
fi
echo "CRM Workshop registered in $share: menu entry, icons and .crmw files -> $exe"
