package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.rvtools.MigrationPlanner;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.PlanContext;
import io.virtdeck.rvtools.plan.Planner;
import io.virtdeck.rvtools.plan.Readiness;
import io.virtdeck.rvtools.read.ReadResult;
import io.virtdeck.rvtools.read.SourceEstate;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Plan a migration: upload a vSphere estate's RVTools export and see each VM's readiness with its
 * reasons, the network and storage maps, and totals; create the missing port groups (as the user)
 * and download the plan and draft Forklift objects. The plan lives in this page (the browser
 * session) only; nothing but the port groups the user creates is written to the cluster.
 */
@Route(value = "migration-plan", layout = MainLayout.class)
@PermitAll
public class MigrationPlanView extends VerticalLayout implements HasDynamicTitle {

  private final MigrationPlanner planner;
  private final UserIdentity user;
  private final Div problem = new Div();
  private final Span summary = new Span();
  private final Div notes = new Div();
  private final TabSheet tabs = new TabSheet();
  private final ReadinessGrid readiness = new ReadinessGrid();
  private final NetworkMapPanel networks;
  private final StorageMapPanel storage;
  private final TotalsPanel totals = new TotalsPanel();
  private final PlanDownloads downloads;
  private @Nullable SourceEstate estate;
  private PlanContext context;
  private volatile @Nullable MigrationPlan plan;

  public MigrationPlanView(MigrationPlanner planner, CurrentUser currentUser) {
    this.planner = planner;
    this.user = currentUser.require();
    this.context = planner.context(user);
    addClassName("migration-plan-view");
    setSizeFull();
    Upload upload = new Upload(new PlanUploadHandler(this::read));
    upload.setId("plan-upload");
    upload.setAcceptedFileTypes(".xlsx");
    upload.setMaxFileSize((int) PlanUploadHandler.MAX_BYTES);
    upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
    upload.addStartedListener(e -> upload.clearFileList());
    problem.setId("plan-problem");
    problem.addClassName("unavailable-banner");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    summary.setId("plan-summary");
    notes.setId("plan-notes");
    networks = new NetworkMapPanel(planner, user, this::draftNamespace);
    storage = new StorageMapPanel(planner.storageClasses(user), this::storageRules);
    downloads = new PlanDownloads(() -> plan, planner.draftNamespaces(user));
    tabs.setId("plan-tabs");
    tabs.add(getTranslation("rvtools.plan.tab.readiness"), readiness);
    tabs.add(getTranslation("rvtools.plan.tab.networks"), networks);
    tabs.add(getTranslation("rvtools.plan.tab.storage"), storage);
    tabs.add(getTranslation("rvtools.plan.tab.totals"), totals);
    tabs.add(getTranslation("rvtools.plan.tab.downloads"), downloads);
    tabs.setSizeFull();
    tabs.setVisible(false);
    add(
        new H2(getTranslation("rvtools.plan.title")),
        new Paragraph(getTranslation("rvtools.plan.intro")),
        upload,
        problem,
        summary,
        notes,
        tabs);
    setFlexGrow(1, tabs);
    LiveUpdates.bind(this, planner::portGroupChanges, changes -> portGroupsChanged());
  }

  private void read(String fileName, ReadResult result) {
    switch (result) {
      case ReadResult.Refused refused -> {
        showProblem(
            getTranslation(
                "rvtools.read.refused",
                fileName,
                getTranslation(refused.why().key(), refused.why().args().toArray())));
      }
      case ReadResult.Read read -> {
        problem.setVisible(false);
        estate = read.estate();
        replan();
      }
    }
  }

  private void showProblem(String text) {
    problem.setText(text);
    problem.setVisible(true);
  }

  private void draftNamespace(String namespace) {
    context = context.withDraftNamespace(namespace);
    replan();
  }

  private void storageRules(StorageMapPanel.Rules rules) {
    context = context.withRules(rules.rules(), rules.defaultClass());
    replan();
  }

  private void portGroupsChanged() {
    context = planner.withCurrentPortGroups(user, context);
    if (estate != null) {
      replan();
    }
  }

  private void replan() {
    if (estate == null) {
      return;
    }
    MigrationPlan next = Planner.plan(estate, context);
    plan = next;
    summary.setText(
        getTranslation(
            "rvtools.plan.summary",
            next.vms().size(),
            next.count(Readiness.READY),
            next.count(Readiness.NEEDS_WORK),
            next.count(Readiness.BLOCKED)));
    notes.removeAll();
    if (!next.estate().missing().isEmpty()) {
      notes.add(
          new Paragraph(
              getTranslation("rvtools.plan.missing", String.join(", ", next.estate().missing()))));
    }
    if (!next.context().largestHost().known()) {
      notes.add(new Paragraph(getTranslation("rvtools.plan.hosts-unknown")));
    }
    readiness.show(next);
    networks.show(next);
    storage.show(next);
    totals.show(next);
    downloads.show(next);
    tabs.setVisible(true);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("rvtools.plan.title") + " · VirtDeck";
  }
}
