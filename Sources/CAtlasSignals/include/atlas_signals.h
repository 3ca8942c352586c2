/* Signal flags with exactly one definition in the program (in signals.c), so that every Swift
 * module that calls these functions, however the optimiser inlines, reads the same flags.
 * The handlers only store into sig_atomic_t; the run loop polls. */
#ifndef ATLAS_SIGNALS_H
#define ATLAS_SIGNALS_H

/* Installs the flag-setting handler for a signal that ends the program. 0 on success. */
int atlas_signals_catch_ending(int sig);

/* Installs the flag-setting handler for SIGUSR1, the content reload request. 0 on success. */
int atlas_signals_catch_reload(int sig);

/* Ignores a signal (SIG_IGN). 0 on success. */
int atlas_signals_ignore(int sig);

/* The ending signal that arrived, or 0. Not cleared: an ending signal stays pending. */
int atlas_signals_ending(void);

/* 1 when a reload was requested since the last call, else 0; clears the request. */
int atlas_signals_take_reload(void);

#endif
