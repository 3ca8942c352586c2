import CNcursesw
import Glibc

/// Makes the locale speak UTF-8 if it can: with `LANG` unset, ncursesw would silently drop every
/// non-ASCII glyph. Returns whether the terminal can be drawn to in UTF-8. Only the character
/// type is set, which is all ncursesw reads: loading every category read a dozen locale files
/// at each start, and the program formats its numbers and dates itself.
public enum TerminalLocale {
    public static func prepare() -> Bool {
        if setlocale(LC_CTYPE, "") != nil, isUTF8() { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8() { return true }
        _ = setlocale(LC_CTYPE, "C")
        return false
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nk_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
