package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.EduplanModule;
import io.github.eduplan.time.FiscalYearRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the class path, where the examples run, {@code findAndAddModules()} finds {@link EduplanModule}
 * through the jar's META-INF/services entry (the module path is tested in the library).
 */
class JacksonModuleOnTheClassPathTest {
  @Test
  void findAndAddModulesRegistersEduplanModule() {
    assertFalse(EduplanModule.class.getModule().isNamed(), "the examples' tests run on the class path");
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof EduplanModule),
        mapper.registeredModules().toString());
    assertEquals(FiscalYearRange.of(2563, 2565), mapper.readValue("{\"first\": 2563, \"last\": 2565}", FiscalYearRange.class));
  }
}
