// AddressSanitizer's defaults for every program that runs Qt WebEngine in its own process (corslab-live,
// the live tests), compiled into each of them (an INTERFACE source of corslab_live) and only in a
// sanitized build. libQt6WebEngineCore is Debian's, not instrumented, but its operator new and delete
// are ASan's: Chromium 102 frees some objects through a base of another size (new-delete-type-mismatch
// inside libQt6WebEngineCore.so.6, seen on Qt WebEngine 6.4.2) and keeps singletons to the end (leaks
// reported at exit). ASan cannot scope the first to a library, so these programs go without that one
// check (the rest of the suite keeps it); the leaks are suppressed for Chromium's libraries only.
// QtWebEngineProcess (the renderer) is a separate uninstrumented binary and is not checked at all.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char *__asan_default_options()
{
    return "new_delete_type_mismatch=0";
}

extern "C" const char *__lsan_default_suppressions()
{
    // Both seen in tst_live and tst_untuned_differential (fontconfig: the fonts Chromium loads at start).
    return "leak:libQt6WebEngineCore.so\n"
           "leak:libfontconfig.so\n";
}
#endif
