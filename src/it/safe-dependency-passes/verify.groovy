// The build succeeded (invoker.buildResult = success); the S10 rules must actually have run on it.
def log = new File(basedir, 'build.log').text

assert log.contains('enforce-safe-dependencies') : 'the S10 execution did not run'
assert !log.contains('banned via the exclude/include list') : 'a dependency was reported as banned'
def passed = log.readLines().count { it.contains('BannedDependencies passed') }
assert passed >= 12 : "expected every S10 rule to pass, saw ${passed}"
return true
