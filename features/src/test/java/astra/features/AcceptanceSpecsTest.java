package astra.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature under {@code astra/features} in the same {@code mvn verify}. There is no
 * pending tier: Cucumber runs strict, so a scenario with an undefined step fails the suite.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("astra.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "astra.features")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
public class AcceptanceSpecsTest {}
