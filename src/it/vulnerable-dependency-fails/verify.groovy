// The build failed (invoker.buildResult = failure); it must have failed in the S10 rule, naming the
// advisory and the artifact, and nothing else may have been banned.
def log = new File(basedir, 'build.log').text

assert log.contains('enforce-safe-dependencies') : 'the S10 execution did not run'
assert log.contains('CVE-2022-1471') : 'the failure does not name CVE-2022-1471'
assert log.contains('org.yaml:snakeyaml:jar:1.33') : 'the failure does not name org.yaml:snakeyaml:jar:1.33'
assert log.contains('banned via the exclude/include list') : 'the enforcer did not report a banned dependency'
assert !log.contains('CVE-2022-42889') : 'an unrelated rule failed too'
return true
