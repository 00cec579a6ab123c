; Inno Setup 6 script: a per-user installer of the one-folder Windows build.
; Prepared, not yet run on Windows (docs/packaging.md says how to build it):
;
;   pyinstaller --noconfirm --clean packaging\crm_workshop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\crm_workshop.iss
;
; Installs into %LOCALAPPDATA%\Programs\CRM Workshop without administrator rights,
; adds a Start-menu entry (and a desktop icon if asked), opens .crmw files in the
; app, speaks English and Polish, and uninstalls from Settings > Apps. The
; uninstaller leaves the user's workshops, automatic backups and model library
; (%LOCALAPPDATA%\CRM Workshop) alone: they are the user's data.

#define AppName "CRM Workshop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "crm-workshop.exe"
#define ProgId "CRMWorkshop.Workshop"
#define MimeType "application/x-crm-workshop"

[Setup]
; Keep this AppId for every release: it is how an update finds the installed app.
AppId={{7CF43DE5-726E-4671-A0B9-35709D261EC8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CRM Workshop developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=crm-workshop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=crm-workshop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
en.FileTypeName=CRM Workshop file
pl.FileTypeName=Plik CRM Workshop
en.AssociationTask=Open .crmw workshop files with {#AppName}
pl.AssociationTask=Otwieraj pliki warsztatów .crmw w programie {#AppName}
en.FileTypesGroup=File types:
pl.FileTypesGroup=Typy plików:

[Tasks]
Name: "association"; Description: "{cm:AssociationTask}"; GroupDescription: "{cm:FileTypesGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: crm-workshop.exe (the app), crm-workshop-cli.exe
; (the sub-commands, with a console) and _internal\.
Source: "..\..\dist\crm-workshop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's libraries must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKA = HKCU\Software\Classes in a per-user install).
Root: HKA; Subkey: "Software\Classes\.crmw"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.crmw"; ValueType: string; ValueName: "Content Type"; ValueData: "{#MimeType}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.crmw\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".crmw"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
