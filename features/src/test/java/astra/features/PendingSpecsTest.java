package astra.features;

import static io.cucumber.junit.platform.engine.Constants.EXECUTION_DRY_RUN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Dry-runs the {@code @pending} scenarios: their steps are not executed (each would throw
 * PendingException until its part exists) but every step must match exactly one definition, so
 * the pending specs cannot rot into undefined text.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("astra.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "astra.features")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "@pending")
@ConfigurationParameter(key = EXECUTION_DRY_RUN_PROPERTY_NAME, value = "true")
public class PendingSpecsTest {}
