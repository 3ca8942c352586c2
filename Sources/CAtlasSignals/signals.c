#include "atlas_signals.h"

#include <signal.h>
#include <string.h>

/* The only copies of the flags in the program. */
static volatile sig_atomic_t ending_signal = 0;
static volatile sig_atomic_t reload_requested = 0;

static void on_ending(int sig) { ending_signal = sig; }
static void on_reload(int sig) { (void)sig; reload_requested = 1; }

static int install(int sig, void (*handler)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    /* No SA_RESTART: a blocking read returns EINTR so the loop sees the flag at once. */
    return sigaction(sig, &sa, NULL);
}

int atlas_signals_catch_ending(int sig) { return install(sig, on_ending); }
int atlas_signals_catch_reload(int sig) { return install(sig, on_reload); }
int atlas_signals_ignore(int sig) { return install(sig, SIG_IGN); }
int atlas_signals_ending(void) { return ending_signal; }

int atlas_signals_take_reload(void) {
    int r = reload_requested;
    reload_requested = 0;
    return r;
}
