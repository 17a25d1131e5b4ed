package id.mpp.sdk.testkit.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test method's agency simulator over https only, with a CA made for the test
 * ({@link SimulatorHttps#create}): {@link AgencySimulator#baseUri()} is then
 * {@code https://127.0.0.1:<port>}, and {@link AgencySimulatorExtension#https()} gives the
 * identity, whose CA the hub must trust (for example through
 * {@code mpp.adapter.<agency-id>.tls.trust}). Needs a simulator per test, the default.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SimulatorOverHttps {
}
