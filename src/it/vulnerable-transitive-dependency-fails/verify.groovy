// The banned version is transitive: the failure must name it, its CVE and the path to it.
def log = new File(basedir, 'build.log').text

assert log.contains('enforce-safe-dependencies') : 'the S10 execution did not run'
assert log.contains('CVE-2022-42889') : 'the failure does not name CVE-2022-42889'
assert log.contains('org.apache.commons:commons-text:jar:1.9') : 'the failure does not name org.apache.commons:commons-text:jar:1.9'
assert log.contains('org.apache.commons:commons-configuration2:jar:2.8.0') : 'the failure does not show the path through commons-configuration2'
return true
