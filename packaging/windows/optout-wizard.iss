; Inno Setup script: a per-user installer for the PyInstaller one-folder build.
;   iscc /DAppVersion=0.1.0 packaging\windows\optout-wizard.iss
; Expects the bundle in dist\optout-wizard (make package, on Windows: see packaging/README.md).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1E8E74-3B0D-4E53-9F5C-2B1D7C0A9E41}
AppName=LinkedIn Opt-out Wizard
AppVersion={#AppVersion}
AppPublisher=The LinkedIn opt-out wizard maintainers
AppPublisherURL=https://github.com/linkedin-optout-wizard/linkedin-optout-wizard
DefaultDirName={localappdata}\Programs\LinkedIn Opt-out Wizard
DefaultGroupName=LinkedIn Opt-out Wizard
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=LinkedIn-Optout-Wizard-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\optout-wizard.ico
UninstallDisplayIcon={app}\optout-wizard.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\optout-wizard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LinkedIn Opt-out Wizard"; Filename: "{app}\optout-wizard.exe"
Name: "{group}\{cm:UninstallProgram,LinkedIn Opt-out Wizard}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\LinkedIn Opt-out Wizard"; Filename: "{app}\optout-wizard.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\optout-wizard.exe"; Description: "{cm:LaunchProgram,LinkedIn Opt-out Wizard}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; The monthly check, if it was set up, goes with the app.
Filename: "schtasks.exe"; Parameters: "/Delete /TN linkedin-optout-wizard-recheck /F"; Flags: runhidden; RunOnceId: "RemoveRecheck"
