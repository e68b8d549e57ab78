<#
.SYNOPSIS
  Build Desk for Windows: PyInstaller bundle and the MSI.

.DESCRIPTION
  1. A clean build venv (installer\out\venv) with the exact versions from
     constraints.txt, plus PyInstaller.
  2. installer\desk.spec -> installer\out\dist\desk (one-folder bundle).
  3. Optional Authenticode signing of desk.exe (and later the MSI) when
     -SignCert (thumbprint) is given; see installer\README.md.
  4. The MSI from installer\windows\desk.wxs with WiX 3 (heat, candle, light),
     or with wixl when WiX is not installed (-UseWixl).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build.ps1
  powershell -File installer\build.ps1 -SignCert 0123ABCD... -TimestampUrl http://timestamp.digicert.com
#>
param(
  [string]$Python = "py -3.11",
  [string]$SignCert = "",
  [string]$TimestampUrl = "http://timestamp.digicert.com",
  [switch]$SkipBundle,
  [switch]$UseWixl
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Root = Split-Path -Parent $Here
$Out = Join-Path $Here "out"
New-Item -ItemType Directory -Force -Path $Out | Out-Null

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
  & $Exe @Arguments
  if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

$Version = (Select-String -Path (Join-Path $Root "desk\__init__.py") -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
Write-Host "== Desk $Version"

# --- 1. build venv -----------------------------------------------------------
$Venv = Join-Path $Out "venv"
$VenvPy = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPy)) {
  $parts = $Python.Split(" ")
  Invoke-Checked $parts[0] ($parts[1..($parts.Length)] + @("-m", "venv", $Venv))
}
Invoke-Checked $VenvPy @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $VenvPy @("-m", "pip", "install", "--quiet", "-c", (Join-Path $Root "constraints.txt"), $Root, "pyinstaller")

# --- 2. bundle -----------------------------------------------------------------
$Bundle = Join-Path $Out "dist\desk"
if (-not $SkipBundle) {
  Push-Location $Root
  try {
    Invoke-Checked $VenvPy @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
      "--distpath", (Join-Path $Out "dist"), "--workpath", (Join-Path $Out "build"),
      (Join-Path $Here "desk.spec"))
  } finally { Pop-Location }
}
$env:QT_QPA_PLATFORM = "offscreen"
$env:DESK_HOME = Join-Path $Out "smoke-home"
$env:DESK_CONFIG = Join-Path $Out "smoke-home\none.toml"
Remove-Item -Recurse -Force $env:DESK_HOME -ErrorAction SilentlyContinue
Invoke-Checked (Join-Path $Bundle "desk.exe") @("--quit-when-ready")
Invoke-Checked (Join-Path $Bundle "desk.exe") @("guides", "check")
$size = (Get-ChildItem -Recurse $Bundle | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("bundle: {0} ({1:N0} MB)" -f $Bundle, $size)

# --- 3. signing (optional) -----------------------------------------------------
function Sign-File([string]$Path) {
  if (-not $SignCert) { return }
  Invoke-Checked "signtool.exe" @("sign", "/sha1", $SignCert, "/fd", "SHA256",
    "/tr", $TimestampUrl, "/td", "SHA256", "/d", "Desk", $Path)
}
Sign-File (Join-Path $Bundle "desk.exe")

# --- 4. MSI --------------------------------------------------------------------
$Msi = Join-Path $Out "desk-$Version-x64.msi"
$Wxs = Join-Path $Here "windows\desk.wxs"
$Icon = Join-Path $Root "resources\icons\desk.ico"
$Work = Join-Path $Out "wix"
New-Item -ItemType Directory -Force -Path $Work | Out-Null
$heat = Get-Command heat.exe -ErrorAction SilentlyContinue
if ($heat -and -not $UseWixl) {
  # WiX 3: harvest every file except desk.exe (declared in desk.wxs).
  $Harvest = Join-Path $Work "harvest"
  Remove-Item -Recurse -Force $Harvest -ErrorAction SilentlyContinue
  Copy-Item -Recurse $Bundle $Harvest
  Remove-Item (Join-Path $Harvest "desk.exe")
  Invoke-Checked "heat.exe" @("dir", $Harvest, "-nologo", "-ag", "-srd", "-sfrag", "-sreg",
    "-cg", "CG.Bundle", "-dr", "INSTALLDIR", "-var", "var.BundleDir",
    "-out", (Join-Path $Work "bundle.wxs"))
  $defs = @("-dVersion=$Version", "-dBundleDir=$Bundle", "-dExeName=desk.exe", "-dIconFile=$Icon", "-arch", "x64")
  Invoke-Checked "candle.exe" (@("-nologo", "-out", "$Work\") + $defs + @($Wxs, (Join-Path $Work "bundle.wxs")))
  # heat's BundleDir var must point at the harvest copy's twin: the bundle itself.
  Invoke-Checked "light.exe" @("-nologo", "-spdb", "-sice:ICE61", "-out", $Msi,
    (Join-Path $Work "desk.wixobj"), (Join-Path $Work "bundle.wixobj"))
} else {
  # msitools for Windows (wixl) as a fallback; same source.
  Invoke-Checked "bash" @((Join-Path $Here "windows\wixl-build.sh"), $Bundle, $Msi, $Version)
}
Sign-File $Msi
Write-Host "msi: $Msi"
Write-Host "ProductCode, for detection rules:"
Invoke-Checked $VenvPy @("-c", "import sys,msilib; db=msilib.OpenDatabase(sys.argv[1], msilib.MSIDBOPEN_READONLY); v=db.OpenView(""SELECT Value FROM Property WHERE Property='ProductCode'""); v.Execute(None); print(v.Fetch().GetString(1))", $Msi)
