/* Test-only stand-in for what Wine's ucrtbase.dll leaves unimplemented: the C99 complex
 * functions of Microsoft's Universal CRT (crealf, cexp, cpow, ...). Wine (8.0 and later, as of
 * this writing) exports them as stubs that abort the process when called, and numpy's core
 * module calls some of them on import; Windows 10 and 11 have them in their UCRT.
 *
 * tests/packaging/test_windows_installer.py builds this with MinGW-w64 into a ucrtbase.dll that
 * implements these functions and forwards every other export to Wine's own ucrtbase (copied
 * under another name), and puts it into the test's throw-away Wine prefix only. The installer
 * never carries it.
 *
 * Microsoft's types: _Fcomplex is { float _Val[2]; }, _Dcomplex { double _Val[2]; }, and
 * _Lcomplex { long double _Val[2]; } with MSVC's long double being a double, so the "l"
 * functions take and return doubles here. The x64 calling convention passes the 8-byte
 * _Fcomplex in a register and the 16-byte ones by reference, as GCC does for these structs. */

#include <complex.h>

typedef struct { float v[2]; } fcomplex;
typedef struct { double v[2]; } dcomplex;

static float _Complex from_f(fcomplex z) { return __builtin_complex(z.v[0], z.v[1]); }
static double _Complex from_d(dcomplex z) { return __builtin_complex(z.v[0], z.v[1]); }
static fcomplex to_f(float _Complex w) { fcomplex r = {{crealf(w), cimagf(w)}}; return r; }
static dcomplex to_d(double _Complex w) { dcomplex r = {{creal(w), cimag(w)}}; return r; }

/* One complex -> complex function in its three precisions. */
#define UNARY(name)                                                                  \
    fcomplex shim_##name##f(fcomplex z) { return to_f(name##f(from_f(z))); }        \
    dcomplex shim_##name(dcomplex z) { return to_d(name(from_d(z))); }               \
    dcomplex shim_##name##l(dcomplex z) { return to_d(name(from_d(z))); }

/* One complex -> real function in its three precisions. */
#define TO_REAL(name)                                                                \
    float shim_##name##f(fcomplex z) { return name##f(from_f(z)); }                  \
    double shim_##name(dcomplex z) { return name(from_d(z)); }                       \
    double shim_##name##l(dcomplex z) { return name(from_d(z)); }

UNARY(cacos) UNARY(cacosh) UNARY(casin) UNARY(casinh) UNARY(catan) UNARY(catanh)
UNARY(ccos) UNARY(ccosh) UNARY(cexp) UNARY(clog) UNARY(conj) UNARY(cproj)
UNARY(csin) UNARY(csinh) UNARY(csqrt) UNARY(ctan) UNARY(ctanh)
TO_REAL(cabs) TO_REAL(carg) TO_REAL(cimag)

float shim_crealf(fcomplex z) { return z.v[0]; }
double shim_creall(dcomplex z) { return z.v[0]; }

fcomplex shim_clog10f(fcomplex z) { return to_f(clogf(from_f(z)) / 2.302585093f); }
dcomplex shim_clog10(dcomplex z) { return to_d(clog(from_d(z)) / 2.302585092994046); }
dcomplex shim_clog10l(dcomplex z) { return shim_clog10(z); }

fcomplex shim_cpowf(fcomplex x, fcomplex y) { return to_f(cpowf(from_f(x), from_f(y))); }
dcomplex shim_cpow(dcomplex x, dcomplex y) { return to_d(cpow(from_d(x), from_d(y))); }
dcomplex shim_cpowl(dcomplex x, dcomplex y) { return shim_cpow(x, y); }

fcomplex shim__FCbuild(float re, float im) { fcomplex r = {{re, im}}; return r; }
dcomplex shim__LCbuild(double re, double im) { dcomplex r = {{re, im}}; return r; }

/* Microsoft's products: complex * complex and complex * real. */
dcomplex shim__Cmulcc(dcomplex x, dcomplex y) { return to_d(from_d(x) * from_d(y)); }
dcomplex shim__Cmulcr(dcomplex x, double y) { return to_d(from_d(x) * y); }
fcomplex shim__FCmulcc(fcomplex x, fcomplex y) { return to_f(from_f(x) * from_f(y)); }
fcomplex shim__FCmulcr(fcomplex x, float y) { return to_f(from_f(x) * y); }
dcomplex shim__LCmulcc(dcomplex x, dcomplex y) { return shim__Cmulcc(x, y); }
dcomplex shim__LCmulcr(dcomplex x, double y) { return shim__Cmulcr(x, y); }
