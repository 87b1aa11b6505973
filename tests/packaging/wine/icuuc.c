/* Test-only stand-in for Windows' own ICU (C:\Windows\System32\icuuc.dll, part of Windows 10
 * since 1703), which Wine does not have. Qt 6's Qt6Core.dll for Windows links to it for one
 * thing: converting text in encodings that Qt has no built-in codec for (QStringConverter with
 * a name other than UTF-8/16/32, Latin-1 or the system code page). Planner never asks for one.
 *
 * tests/packaging/test_windows_installer.py builds this with MinGW-w64 into icuuc.dll in the
 * test's throw-away Wine prefix only, so that Qt6Core.dll loads; the installer never carries
 * it. Every converter is reported as unavailable, as ICU does for a name it does not know, so
 * a conversion that did reach it would fail cleanly in Qt rather than misbehave. */

#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
typedef struct UConverter UConverter;

enum { U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err, UErrorCode code) { if (err && *err <= 0) *err = code; }

UConverter *ucnv_open(const char *name, UErrorCode *err) {
    (void)name; fail(err, U_FILE_ACCESS_ERROR); return NULL;
}
void ucnv_close(UConverter *cnv) { (void)cnv; }
int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; fail(err, U_UNSUPPORTED_ERROR); return NULL;
}
/* The rest take a converter, which ucnv_open never gives: each only reports failure. */
const char *ucnv_getName(const UConverter *cnv, UErrorCode *err) {
    (void)cnv; fail(err, U_UNSUPPORTED_ERROR); return NULL;
}
int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }
void ucnv_reset(UConverter *cnv) { (void)cnv; }
int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err) {
    (void)cnv; fail(err, U_UNSUPPORTED_ERROR); return 0;
}
int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err) {
    (void)cnv; fail(err, U_UNSUPPORTED_ERROR); return 0;
}
void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit,
                      const UChar **source, const UChar *source_limit, int32_t *offsets,
                      int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; fail(err, U_UNSUPPORTED_ERROR);
}
void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *target_limit,
                    const char **source, const char *source_limit, int32_t *offsets,
                    int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; fail(err, U_UNSUPPORTED_ERROR);
}
void ucnv_getFromUCallBack(const UConverter *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
void ucnv_getToUCallBack(const UConverter *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
void ucnv_setFromUCallBack(UConverter *cnv, void *action, const void *context,
                           void **old_action, const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context;
    fail(err, U_UNSUPPORTED_ERROR);
}
void ucnv_setToUCallBack(UConverter *cnv, void *action, const void *context,
                         void **old_action, const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context;
    fail(err, U_UNSUPPORTED_ERROR);
}
void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                             int32_t offset_index, UErrorCode *err) {
    (void)args; (void)source; (void)source_limit; (void)offset_index;
    fail(err, U_UNSUPPORTED_ERROR);
}
void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length,
                           int32_t offset_index, UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset_index;
    fail(err, U_UNSUPPORTED_ERROR);
}
/* ICU's standard callbacks, whose addresses Qt passes to ucnv_set*CallBack. */
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *code_units,
                                     int32_t length, int32_t code_point, int reason,
                                     UErrorCode *err) {
    (void)context; (void)args; (void)code_units; (void)length; (void)code_point; (void)reason;
    (void)err;
}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *code_units,
                                   int32_t length, int reason, UErrorCode *err) {
    (void)context; (void)args; (void)code_units; (void)length; (void)reason; (void)err;
}
