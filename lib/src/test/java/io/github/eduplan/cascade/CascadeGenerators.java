package io.github.eduplan.cascade;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.model.Office;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.ModelGenerators;
import io.github.eduplan.time.FiscalYearRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Sets of plans of the cascade: an OBEC plan (now and then none), one to three area office plans
 * (two of them of the same office now and then) and up to four school plans each, all of one
 * fiscal year, with the defects and links {@link ModelGenerators#plans()} gives plans, in a
 * shuffled order.
 */
final class CascadeGenerators {
  private CascadeGenerators() {}

  static final List<String> AREAS = List.of("สพป.ตาก เขต 2", "สพป.ตาก เขต 1", "สพม.เชียงใหม่");
  static final List<String> PROVINCES = List.of("ตาก", "ตาก", "เชียงใหม่");

  static Gen<List<StrategicPlan>> sets() {
    return in -> {
      int year = integers().between(2560, 2570).generate(in);
      List<StrategicPlan> plans = new ArrayList<>();
      if (integers().between(0, 4).generate(in) > 0) {
        plans.add(StrategicPlan.builder().from(ModelGenerators.plans().generate(in))
            .office(Office.builder().name("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน").shortName("สพฐ.").build())
            .level(OfficeLevel.OBEC).period(FiscalYearRange.of(year, year)).servedPlan(java.util.Optional.empty())
            .build());
      }
      int areas = integers().between(1, 3).generate(in);
      for (int a = 0; a < areas; a++) {
        int which = integers().between(0, AREAS.size() - 1).generate(in);
        String area = AREAS.get(which);
        int before = integers().between(0, 1).generate(in);
        plans.add(StrategicPlan.builder().from(ModelGenerators.plans().generate(in))
            .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษา " + area).shortName(area)
                .province(PROVINCES.get(which)).build())
            .level(OfficeLevel.AREA_OFFICE).period(FiscalYearRange.of(year - before, year + before))
            .servedPlan(ServedPlan.of("สพฐ.", year)).build());
        int schools = integers().between(0, 4).generate(in);
        for (int s = 0; s < schools; s++) {
          Office.Builder office = Office.builder().name("โรงเรียนทดสอบ " + a + "-" + s);
          if (integers().between(0, 3).generate(in) > 0) {
            office.province(PROVINCES.get(which));
          }
          plans.add(StrategicPlan.builder().from(ModelGenerators.plans().generate(in)).office(office.build())
              .level(OfficeLevel.SCHOOL).period(FiscalYearRange.of(year, year))
              .servedPlan(ServedPlan.of(integers().between(0, 9).generate(in) == 0 ? "สพป.ไม่มี เขต 9" : area, year))
              .build());
        }
      }
      Collections.shuffle(plans, new java.util.Random(integers().all().generate(in)));
      return plans;
    };
  }
}
