<#
Builds the Windows packages of Supracluster Explorer with the JDK's jlink and jpackage: the same
steps and option files as build.sh (jlink.args, jpackage\common.args, then windows.args for the
app-image and msi.args for the installer). Needs a full JDK 17 (JAVA_HOME or PATH), Maven, and for
the .msi the WiX Toolset 3.x (candle.exe and light.exe on PATH), as jpackage requires.

  powershell -ExecutionPolicy Bypass -File installer\build.ps1              jar, runtime, app-image, .msi
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -AppImage    stop after the app-image
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -SkipJar     reuse target\supracluster.jar
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Type exe    another jpackage type

Output in target\installer\: runtime\, input\, app-image\, packages\.
#>
param([switch]$AppImage, [switch]$SkipJar, [string]$Type = "msi")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Find-Tool([string]$name) {
    if ($env:JAVA_HOME) {
        $p = Join-Path $env:JAVA_HOME "bin\$name.exe"
        if (Test-Path $p) { return $p }
    }
    $c = Get-Command $name -ErrorAction SilentlyContinue
    if (-not $c) { throw "$name not found; a full JDK 17 is needed" }
    return $c.Source
}
function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe stopped with exit code $LASTEXITCODE" }
}

$java = Find-Tool "java"
$jlink = Find-Tool "jlink"
$jpackage = Find-Tool "jpackage"
$out = "target\installer"
$clock = [Diagnostics.Stopwatch]::StartNew()

if (-not $SkipJar) {
    Write-Host "== fat jar (mvn package, tests skipped)"
    Invoke-Checked "mvn" @("-B", "-q", "-Dmaven.test.skip=true", "package")
}
if (-not (Test-Path "target\supracluster.jar")) { throw "target\supracluster.jar is missing (run without -SkipJar)" }
# The version jpackage stamps on the package is the one the program reports (from the pom).
$version = ((& $java -jar target\supracluster.jar --version) -split " ")[-1] -replace "-SNAPSHOT$", ""
Write-Host "== Supracluster Explorer $version (windows)"

foreach ($d in @("input", "app-image", "runtime")) {
    if (Test-Path "$out\$d") { Remove-Item -Recurse -Force "$out\$d" }
}
New-Item -ItemType Directory -Force "$out\input", "$out\app-image", "$out\packages" | Out-Null
Invoke-Checked $java @("installer\SlimJar.java", "target\supracluster.jar", "$out\input\supracluster.jar")

Write-Host "== runtime (jlink)"
Invoke-Checked $jlink @("@installer\jlink.args", "--output", "$out\runtime")

# "@..." is quoted: a bare @ starts splatting in PowerShell.
$common = @("@installer\jpackage\common.args", "@installer\jpackage\windows.args",
    "--app-version", $version, "--input", "$out\input", "--runtime-image", "$out\runtime")

Write-Host "== app-image (jpackage)"
Invoke-Checked $jpackage ($common + @("--type", "app-image", "--dest", "$out\app-image"))

if (-not $AppImage) {
    Write-Host "== $Type package (jpackage)"
    $extra = @()
    if (Test-Path "installer\jpackage\$Type.args") { $extra = @("@installer\jpackage\$Type.args") }
    Get-ChildItem "$out\packages" -Filter "*.$Type" | Remove-Item -Force
    Invoke-Checked $jpackage ($common + $extra + @("--type", $Type, "--dest", "$out\packages"))
}

Write-Host ("== done in {0:N0} s" -f $clock.Elapsed.TotalSeconds)
Get-ChildItem "$out\app-image", "$out\packages" | ForEach-Object {
    $bytes = (Get-ChildItem $_.FullName -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
    if (-not $bytes) { $bytes = $_.Length }
    "{0,6:N0} MB  {1}" -f ($bytes / 1MB), $_.FullName
}
