package io.github.eduplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.EduplanModule;
import io.github.eduplan.time.FiscalYearRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link EduplanModule} is found the way Jackson users expect, on the module path: through the
 * {@code provides} clause of {@code module-info.java} (a named module's META-INF/services is not
 * read). The class path, through META-INF/services, is tested in the examples module, which runs
 * on it.
 */
class JacksonModuleServiceTest {
  @Test
  void theseTestsRunOnTheModulePath() {
    assertTrue(EduplanModule.class.getModule().isNamed(), "surefire patches the tests into io.github.eduplan");
    assertEquals("io.github.eduplan", EduplanModule.class.getModule().getName());
  }

  @Test
  void jacksonsServiceLookupListsTheModule() {
    // Jackson's own ServiceLoader call (jackson-databind declares `uses JacksonModule`).
    List<JacksonModule> found = MapperBuilder.findModules();
    assertTrue(found.stream().anyMatch(m -> m instanceof EduplanModule), found.toString());
  }

  @Test
  void findAndAddModulesRegistersItAndItReadsEduplanValues() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof EduplanModule),
        mapper.registeredModules().toString());
    assertEquals(FiscalYearRange.of(2563, 2565), mapper.readValue("{\"first\": 2563, \"last\": 2565}", FiscalYearRange.class));
  }
}
