/* The C face of ncursesw for Swift: wide-character ncurses, accessors for the
 * globals and macros Swift cannot import. Signal flags live in CAtlasSignals, which has a .c
 * file: a static variable in this header would exist once per module that inlines it. */
#ifndef NK_SHIM_H
#define NK_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* glibc hides these from Swift. */
extern int wcwidth(wchar_t c);

static inline WINDOW *nk_stdscr(void) { return stdscr; }
static inline FILE *nk_stdout(void) { return stdout; }
static inline FILE *nk_stdin(void) { return stdin; }
static inline int nk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nk_lines(void) { return LINES; }
static inline int nk_cols(void) { return COLS; }
static inline int nk_colors(void) { return COLORS; }
static inline int nk_color_pairs(void) { return COLOR_PAIRS; }
static inline int nk_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline void nk_set_escdelay(int ms) { set_escdelay(ms); }

static inline attr_t nk_a_normal(void) { return A_NORMAL; }
static inline attr_t nk_a_bold(void) { return A_BOLD; }
static inline attr_t nk_a_reverse(void) { return A_REVERSE; }
static inline attr_t nk_a_dim(void) { return A_DIM; }

static inline mmask_t nk_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int nk_button1_mask(void) { return (int)(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED); }
static inline int nk_button4_mask(void) { return (int)BUTTON4_PRESSED; }
static inline int nk_button5_mask(void) { return (int)BUTTON5_PRESSED; }

/* Writes one cell: a wide character with attributes and a colour pair. */
static inline int nk_put_cell(int y, int x, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cc;
    wchar_t text[2] = { ch, 0 };
    if (setcchar(&cc, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}

/* Bytes written to a terminal that its reader has not taken yet (a slow SSH client's backlog); -1 on error. */
static inline int nk_output_queued(int fd) {
    int n = 0;
    return ioctl(fd, TIOCOUTQ, &n) == 0 ? n : -1;
}

/* The locale's codeset, after setlocale: "UTF-8" where the terminal speaks it. */
static inline const char *nk_codeset(void) { return nl_langinfo(CODESET); }

#endif
