package io.github.eduplan.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a user would write by hand to read the plan JSON with plain Jackson databind: mutable
 * classes with public fields, no validation, no immutability. The benchmark's yardstick for
 * {@code PlanJson.read}; it binds every property of the format, so both do the same work.
 */
@SuppressWarnings("unused")
public final class PojoPlan {
  public Office office;
  public String kind;
  public String title;
  public Period period;
  public String revision;
  public LocalDate revisionDate;
  public LocalDate approvalDate;
  public String vision;
  public List<Numbered> missions;
  public List<GoalP> goals;
  public List<StrategyP> strategies;
  public List<ProjectP> projects;
  public List<Total> statedTotals;
  public List<Link> alignment;
  public String source;

  /** The office. */
  public static final class Office {
    public String name;
    public String shortName;
    public String code;
    public List<Mention> mentions;
  }

  /** A mention of the office's name. */
  public static final class Mention {
    public String where;
    public String name;
  }

  /** The plan's period. */
  public static final class Period {
    public int first;
    public int last;
  }

  /** A mission. */
  public static final class Numbered {
    public String number;
    public String text;
  }

  /** A goal. */
  public static final class GoalP {
    public String number;
    public String text;
    public List<Link> alignment;
  }

  /** A guideline. */
  public static final class GuidelineP {
    public String number;
    public String text;
    public List<GuidelineP> children;
  }

  /** A strategy. */
  public static final class StrategyP {
    public String number;
    public String title;
    public List<GoalP> goals;
    public List<GuidelineP> guidelines;
    public List<IndicatorP> indicators;
    public List<Link> alignment;
  }

  /** An indicator. */
  public static final class IndicatorP {
    public String code;
    public String text;
    public String unit;
    public String measureKind;
    public String direction;
    public Scale scale;
    public List<BaselineP> baselines;
    public Map<String, TargetP> targets;
    public TargetP targetInText;
    public String goal;
    public String guideline;
    public List<String> responsibleUnits;
    public List<IndicatorP> components;
    public List<Link> alignment;
    public String note;
  }

  /** An ordinal scale. */
  public static final class Scale {
    public String name;
    public List<String> levels;
  }

  /** A baseline. */
  public static final class BaselineP {
    public int year;
    public String basis;
    public Value value;
  }

  /** A target. */
  public static final class TargetP {
    public Value value;
    public String comparison;
    public BigDecimal upperBound;
    public String asWritten;
  }

  /** An indicator value: one of its properties is set. */
  public static final class Value {
    public BigDecimal number;
    public String level;
    public Boolean yesNo;
    public String text;
    public String notAvailable;
  }

  /** A project. */
  public static final class ProjectP {
    public String number;
    public String title;
    public String program;
    public String strategy;
    public List<String> objectives;
    public List<String> quantitativeTargets;
    public List<String> qualitativeTargets;
    public List<String> successIndicators;
    public BigDecimal budget;
    public Quarters quarterlyPlan;
    public List<Integer> activeQuarters;
    public String period;
    public List<PersonP> responsiblePeople;
    public String group;
    public String budgetSource;
    public List<Link> alignment;
  }

  /** A quarterly spending plan. */
  public static final class Quarters {
    public BigDecimal q1;
    public BigDecimal q2;
    public BigDecimal q3;
    public BigDecimal q4;
  }

  /** A responsible person. */
  public static final class PersonP {
    public String name;
    public String position;
  }

  /** A stated total. */
  public static final class Total {
    public String scope;
    public String key;
    public BigDecimal amount;
    public Integer projectCount;
    public String label;
  }

  /** An alignment link. */
  public static final class Link {
    public String framework;
    public String edition;
    public String item;
    public String evidence;
  }
}
