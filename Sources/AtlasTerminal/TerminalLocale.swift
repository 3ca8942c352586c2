import CNcursesw
import Glibc

/// Makes the locale speak UTF-8 if it can: with `LANG` unset, ncursesw would silently drop every
/// non-ASCII glyph. Returns whether the terminal can be drawn to in UTF-8.
public enum TerminalLocale {
    public static func prepare() -> Bool {
        if setlocale(LC_ALL, "") != nil, isUTF8() { return true }
        if setlocale(LC_ALL, "C.UTF-8") != nil, isUTF8() { return true }
        _ = setlocale(LC_ALL, "C")
        return false
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nk_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
