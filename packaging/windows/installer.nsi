; NSIS 3 script: Planner's Windows installer, Planner-<version>-setup.exe.
;
;   uv run python packaging/windows/build_installer.py
;
; lays out the program folder (build/windows/stage: Planner.exe, planner-cli.exe, the embedded
; Python in Python\, the packages in pkgs\), writes the defines below into a UTF-8 file and
; runs makensis on this script with -DDEFINES=<that file>; nothing here repeats the app's id,
; name or version (planner/__init__.py, read by packaging/appinfo.py).
;
;   APP_ID, APP_NAME, APP_NAME_ZH, VERSION, NUMERIC_VERSION (a.b.c.d), PUBLISHER
;   STAGE      the program folder to pack
;   ICON       planner.ico
;   OUTFILE    the setup file to write
;   SIZE_KB    the program folder's size, for Settings > Apps
;
; The installer is 64-bit and installs for the current user, without administrator rights, to
; %LOCALAPPDATA%\Programs\<name> (another folder can be chosen; /S installs silently, /D=FOLDER
; chooses the folder then, as the last argument). The uninstaller removes the program and its
; Start-menu entries only: the user's profiles are in %LOCALAPPDATA%\Planner, which neither
; the installer nor the uninstaller touches.

!include "${DEFINES}"

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS all
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64
; Files get the time of installation, not of the build machine: the setup file then depends on
; the files' contents only.
SetDateSave off

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
; The installer's own notes (folder, name of the demo entry), in a key of their own under the
; app's name, so that the uninstaller deletes them and nothing the app itself might keep there.
!define SETTINGS_KEY "Software\${APP_NAME}\Installer"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${NUMERIC_VERSION}"
VIFileVersion "${NUMERIC_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}, MIT licence"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_NAME}.exe"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; the user's Windows language picks Chinese where it is one.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString DEMO_NAME ${LANG_ENGLISH} "${APP_NAME} demo"
LangString DEMO_NAME ${LANG_SIMPCHINESE} "${APP_NAME_ZH} 演示"
LangString NEEDS_64BIT ${LANG_ENGLISH} "${APP_NAME} needs a 64-bit Windows 10 or 11."
LangString NEEDS_64BIT ${LANG_SIMPCHINESE} "${APP_NAME_ZH}需要 64 位 Windows 10 或 11。"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "Install"
  SetShellVarContext current
  ; Over an earlier version: its Python and packages go first, so that no module of the old
  ; version is left beside the new one. Only in a folder that holds this app's launcher.
  ${If} ${FileExists} "$INSTDIR\${APP_NAME}.exe"
    RMDir /r "$INSTDIR\Python"
    RMDir /r "$INSTDIR\pkgs"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_NAME}.exe" "" \
    "$INSTDIR\${APP_NAME}.exe" 0 SW_SHOWNORMAL "" "${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\$(DEMO_NAME).lnk" "$INSTDIR\${APP_NAME}.exe" "--demo" \
    "$INSTDIR\${APP_NAME}.exe" 0 SW_SHOWNORMAL "" "$(DEMO_NAME)"
  ; The demo entry's name in the language the setup ran in, for the uninstaller to find it.
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${SETTINGS_KEY}" "DemoShortcut" "$(DEMO_NAME).lnk"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_NAME}.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ReadRegStr $0 HKCU "${SETTINGS_KEY}" "DemoShortcut"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0"
  ${EndIf}
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; What the installer put there, by name: never the whole folder, which the user chose and
  ; may share with other files. The profiles are elsewhere (%LOCALAPPDATA%\Planner).
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\pkgs"
  Delete "$INSTDIR\${APP_NAME}.exe"
  Delete "$INSTDIR\planner-cli.exe"
  Delete "$INSTDIR\planner.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\${APP_NAME}"
SectionEnd
