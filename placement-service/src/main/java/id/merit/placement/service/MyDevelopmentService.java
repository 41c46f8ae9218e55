package id.merit.placement.service;

import id.merit.placement.EmployeeView;
import id.merit.placement.domain.DevelopmentPlanner;
import id.merit.placement.domain.Labels;
import id.merit.placement.domain.TalentBox;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** "My development" (issue 10): everything about the caller's own development on one page, in plain Indonesian labels. */
@ApplicationScoped
public class MyDevelopmentService {
    @Inject
    DevelopmentService development;
    @Inject
    PlanService plans;
    @Inject
    Caller caller;

    public record Talent(int box, String meaning, TalentBox.Performance performance, String performanceLabel, TalentBox.Potential potential,
                         String potentialLabel, List<String> recommendation, List<String> recommendationLabels, boolean talentPool) {
        static Talent of(TalentBox.Classification c) {
            return c == null ? null : new Talent(c.box(), Labels.talentBox(c), c.performance(), Labels.performance(c.performance()), c.potential(),
                    Labels.potential(c.potential()), c.recommendation(), Labels.recommendations(c.recommendation()), c.talentPool());
        }
    }

    /**
     * plan: the stored plan of this year, or null — then recommendations previews what a plan would hold and
     * hours.plannedJp is their total.
     */
    public record MyDevelopment(String nip, String name, int year, DevelopmentService.StandardGaps currentPosition, Talent talent,
                                List<DevelopmentService.PredikatEntry> predikatHistory, PlanService.PlanView plan,
                                List<PlanService.RecommendationView> recommendations, PlanService.Hours hours,
                                List<DevelopmentService.Reachable> closeToQualifying) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MyDevelopment mine() {
        String nip = caller.nip().orElseThrow(() -> ProblemException.forbidden("the token carries no nip claim: only an employee has a development page"));
        EmployeeView e = development.authorized(nip, DevelopmentService.Access.READ);
        DevelopmentService.Person p = development.person(e);
        int year = development.currentYear();
        PlanService.PlanView plan = plans.find(e, year);
        List<PlanService.RecommendationView> preview = null;
        PlanService.Hours hours;
        if (plan == null) {
            List<DevelopmentPlanner.Recommendation> recs = development.recommendations(p, year, null);
            preview = recs.stream().map(PlanService.RecommendationView::of).toList();
            hours = plans.hours(nip, year, recs.stream().mapToInt(DevelopmentPlanner.Recommendation::suggestedJp).sum());
        } else {
            hours = plan.hours();
        }
        return new MyDevelopment(nip, e.name, year, development.gapsAgainst(p, DevelopmentService.currentPosition(e), Map.of()),
                Talent.of(development.talentBox(p.candidate())), development.predikatHistory(p.candidate()), plan, preview, hours,
                development.closePositions(p));
    }
}
