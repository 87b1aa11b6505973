/* Planner.exe and planner-cli.exe: the programs the Windows installer puts beside the embedded
 * Python (Python\) and the unpacked packages (pkgs\). Each starts that Python on the app,
 *
 *     <folder>\Python\pythonw.exe -m planner <its own arguments, as given>   (Planner.exe)
 *     <folder>\Python\python.exe  -m planner <its own arguments, as given>   (planner-cli.exe)
 *
 * waits for it and exits with its exit status. They exist so that the Start menu, the taskbar
 * and Explorer show the app's icon and version (launcher.rc), and so that the window has no
 * console while the command line has one. The Python finds pkgs\ through python311._pth, which
 * also shuts out PYTHONPATH, the registry and the user's site-packages.
 *
 * Built by packaging/windows/build_installer.py with MinGW-w64:
 *     x86_64-w64-mingw32-gcc -DPLANNER_GUI -mwindows ...   -> Planner.exe
 *     x86_64-w64-mingw32-gcc -mconsole ...                 -> planner-cli.exe            */

#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

#ifdef PLANNER_GUI
#define PYTHON L"pythonw.exe"
#else
#define PYTHON L"python.exe"
#endif

static int fail(const wchar_t *what, DWORD error) {
    wchar_t message[2048];
    _snwprintf(message, 2048, L"Planner could not start: %ls (Windows error %lu). "
               L"Installing Planner again may repair it.", what, (unsigned long)error);
    message[2047] = 0;
#ifdef PLANNER_GUI
    MessageBoxW(NULL, message, L"Planner", MB_OK | MB_ICONERROR);
#else
    fwprintf(stderr, L"%ls\n", message);
#endif
    return 1;
}

/* What follows the program name on the command line, untouched: the program name ends at the
 * closing quote if it starts with one, otherwise at the first blank (CommandLineToArgvW's rule
 * for the first argument). */
static const wchar_t *arguments(const wchar_t *line) {
    if (*line == L'"') {
        for (line++; *line && *line != L'"'; line++) {}
        if (*line) line++;
    } else {
        while (*line && *line != L' ' && *line != L'\t') line++;
    }
    while (*line == L' ' || *line == L'\t') line++;
    return line;
}

#ifndef PLANNER_GUI
/* Ctrl+C reaches the Python in the same console, which handles it; the launcher only waits. */
static BOOL WINAPI ignore_ctrl(DWORD type) { (void)type; return TRUE; }
#endif

static int launch(void) {
    static wchar_t python[32768];
    DWORD length = GetModuleFileNameW(NULL, python, 32768 - 32);
    if (length == 0 || length >= 32768 - 32) return fail(L"its own path is unreadable", GetLastError());
    wchar_t *slash = wcsrchr(python, L'\\');
    if (!slash) return fail(L"its own path has no folder", 0);
    wcscpy(slash + 1, L"Python\\" PYTHON);
    if (GetFileAttributesW(python) == INVALID_FILE_ATTRIBUTES)
        return fail(L"Python\\" PYTHON L" is missing beside it", GetLastError());

    const wchar_t *rest = arguments(GetCommandLineW());
    size_t size = wcslen(python) + wcslen(rest) + 32;
    wchar_t *command = HeapAlloc(GetProcessHeap(), 0, size * sizeof(wchar_t));
    if (!command) return fail(L"out of memory", GetLastError());
    _snwprintf(command, size, L"\"%ls\" -m planner %ls", python, rest);
    command[size - 1] = 0;

    /* Standard handles and the window state as this launcher was given them. */
    STARTUPINFOW given, startup;
    GetStartupInfoW(&given);
    ZeroMemory(&startup, sizeof startup);
    startup.cb = sizeof startup;
    startup.dwFlags = given.dwFlags & (STARTF_USESTDHANDLES | STARTF_USESHOWWINDOW);
    startup.wShowWindow = given.wShowWindow;
    if (given.dwFlags & STARTF_USESTDHANDLES) {
        startup.hStdInput = given.hStdInput;
        startup.hStdOutput = given.hStdOutput;
        startup.hStdError = given.hStdError;
    }

    /* A job that ends the Python if this launcher is ended (Task Manager, a parent's kill);
     * what the app starts itself may leave it. Without a job (nested jobs on old Windows)
     * the app runs all the same. */
    HANDLE job = CreateJobObjectW(NULL, NULL);
    if (job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
        ZeroMemory(&limits, sizeof limits);
        limits.BasicLimitInformation.LimitFlags =
            JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK;
        SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
    }

    PROCESS_INFORMATION process;
    if (!CreateProcessW(python, command, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL,
                        &startup, &process))
        return fail(L"Python did not start", GetLastError());
    if (job) AssignProcessToJobObject(job, process.hProcess);
    ResumeThread(process.hThread);
    CloseHandle(process.hThread);
#ifndef PLANNER_GUI
    SetConsoleCtrlHandler(ignore_ctrl, TRUE);
#endif
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD status = 1;
    GetExitCodeProcess(process.hProcess, &status);
    CloseHandle(process.hProcess);
    return (int)status;
}

#ifdef PLANNER_GUI
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR line, int show) {
    (void)instance; (void)previous; (void)line; (void)show;
    return launch();
}
#else
int wmain(void) { return launch(); }
#endif
