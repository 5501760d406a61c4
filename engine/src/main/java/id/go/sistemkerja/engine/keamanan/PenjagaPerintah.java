package id.go.sistemkerja.engine.keamanan;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine refuses paths around the process (issue 8, DESIGN.md §6). A pegawai — every authenticated user
 * who is neither an engine administrator ({@code camunda-admin}) nor a technical user ({@code skteknis}) — may
 * only do what Tasklist needs: read what Camunda authorizations let them read, start a process through its
 * start form (no business key, only the form's fields), and complete or fill a task they hold with the fields
 * of that task's form. Everything else — startInstructions and skip flags, /start without the form,
 * modification, restart, migration, setting or deleting variables of running instances, message and signal
 * correlation, BPMN errors from user tasks, claiming, external tasks, deployments, identity — is refused
 * (allow-list: a command added in a later Camunda version is refused until it is classified here). A user in
 * none of the Sistem Kerja groups (a deactivated pegawai) is refused every command.
 *
 * <p>Only the outermost command of a call is checked: commands the engine runs inside it are the engine's own.
 * Calls without an authenticated user are the engine's own (job executor, start-up), or a login in progress.
 */
public class PenjagaPerintah extends CommandInterceptor {
  static final String GRUP_ADMIN = "camunda-admin";
  static final String GRUP_TEKNIS = AkunAuthenticationProvider.GRUP_TEKNIS;
  static final String GRUP_PEGAWAI = "pegawai";
  static final String GRUP_ADMIN_ORGANISASI = "adminorganisasi";

  private static final Logger LOG = LoggerFactory.getLogger(PenjagaPerintah.class);
  private static final ThreadLocal<int[]> KEDALAMAN = ThreadLocal.withInitial(() -> new int[1]);

  /** What a refused command would have done, for the message (class simple name → Bahasa Indonesia). */
  private static final Map<String, String> URAIAN = Map.ofEntries(
      Map.entry("StartProcessInstanceCmd", "memulai proses tanpa formulir mulai (gunakan \"Mulai proses\" di Tasklist)"),
      Map.entry("StartProcessInstanceAtActivitiesCmd", "memulai proses pada aktivitas tertentu (startInstructions, skipCustomListeners, skipIoMappings)"),
      Map.entry("ModifyProcessInstanceCmd", "mengubah jalannya proses (modification)"),
      Map.entry("ModifyProcessInstanceAsyncCmd", "mengubah jalannya proses (modification)"),
      Map.entry("ProcessInstanceModificationBatchCmd", "mengubah jalannya proses (modification)"),
      Map.entry("RestartProcessInstancesCmd", "memulai ulang proses (restart)"),
      Map.entry("MigrateProcessInstanceCmd", "memigrasikan proses (migration)"),
      Map.entry("MigrateProcessInstanceBatchCmd", "memigrasikan proses (migration)"),
      Map.entry("SetExecutionVariablesCmd", "mengubah variabel proses yang sedang berjalan"),
      Map.entry("PatchExecutionVariablesCmd", "mengubah variabel proses yang sedang berjalan"),
      Map.entry("RemoveExecutionVariablesCmd", "menghapus variabel proses yang sedang berjalan"),
      Map.entry("RemoveTaskVariablesCmd", "menghapus variabel tugas"),
      Map.entry("CorrelateMessageCmd", "mengirim pesan (message correlation) ke proses"),
      Map.entry("CorrelateAllMessageCmd", "mengirim pesan (message correlation) ke proses"),
      Map.entry("MessageEventReceivedCmd", "mengirim pesan ke proses"),
      Map.entry("SignalEventReceivedCmd", "mengirim sinyal ke proses"),
      Map.entry("SignalCmd", "mengirim sinyal ke proses"),
      Map.entry("EvaluateStartConditionCmd", "memulai proses dengan kondisi"),
      Map.entry("HandleTaskBpmnErrorCmd", "melempar galat BPMN dari tugas"),
      Map.entry("HandleTaskEscalationCmd", "melempar eskalasi dari tugas"),
      Map.entry("ClaimTaskCmd", "mengambil atau melepas tugas (tugas ditetapkan untuk pejabat tertentu)"),
      Map.entry("AssignTaskCmd", "mengalihkan tugas"),
      Map.entry("DelegateTaskCmd", "mendelegasikan tugas"),
      Map.entry("ResolveTaskCmd", "menyelesaikan tugas delegasi"),
      Map.entry("SaveTaskCmd", "mengubah atau membuat tugas"),
      Map.entry("CreateTaskCmd", "membuat tugas"),
      Map.entry("DeleteTaskCmd", "menghapus tugas"),
      Map.entry("DeleteProcessInstanceCmd", "menghapus proses"),
      Map.entry("DeleteProcessInstancesCmd", "menghapus proses"),
      Map.entry("SuspendProcessInstanceCmd", "menangguhkan proses"),
      Map.entry("ActivateProcessInstanceCmd", "mengaktifkan proses"),
      Map.entry("DeployCmd", "menerapkan (deploy) model proses"),
      Map.entry("FetchExternalTasksCmd", "mengambil tugas layanan otomatis"),
      Map.entry("CompleteExternalTaskCmd", "menyelesaikan tugas layanan otomatis"),
      Map.entry("HandleExternalTaskBpmnErrorCmd", "menyelesaikan tugas layanan otomatis"),
      Map.entry("HandleExternalTaskFailureCmd", "menyelesaikan tugas layanan otomatis"),
      Map.entry("SetProcessDefinitionVersionCmd", "memindahkan proses ke versi lain"));

  @Override
  public <T> T execute(Command<T> command) {
    int[] kedalaman = KEDALAMAN.get();
    if (kedalaman[0] == 0) {
      periksa(command);
    }
    kedalaman[0]++;
    try {
      return next.execute(command);
    } catch (AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      // Issue 9 (F3): the engine's tenant check refuses data of another instansi's tenant with a plain
      // ProcessEngineException, which REST answers with HTTP 500. For the outermost command it becomes a 403 in
      // Bahasa Indonesia (AuthorizationException), whoever the caller.
      if (kedalaman[0] == 1 && e.getMessage() != null && e.getMessage().contains(TENANT_LAIN)) {
        Authentication auth = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
        LOG.warn("Akses lintas tenant ditolak untuk pengguna '{}': {} ({})", auth == null ? null : auth.getUserId(),
            command.getClass().getSimpleName(), e.getMessage());
        throw new AuthorizationException("Ditolak: data ini milik instansi lain; Anda hanya dapat membuka tugas dan kasus "
            + "instansi Anda sendiri. Bila tugas ini memang untuk Anda, hubungi admin organisasi instansi Anda.");
      }
      throw e;
    } finally {
      kedalaman[0]--;
    }
  }

  /** The tenant check's refusal (TenantCommandChecker, "Cannot ... because it belongs to no authenticated tenant."). */
  private static final String TENANT_LAIN = "belongs to no authenticated tenant";

  private void periksa(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication auth = context == null ? null : context.getAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return;
    }
    List<String> grup = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (grup.contains(GRUP_ADMIN) || grup.contains(GRUP_TEKNIS)) {
      return;
    }
    String user = auth.getUserId();
    if (!grup.contains(GRUP_PEGAWAI) && !grup.contains(GRUP_ADMIN_ORGANISASI)) {
      throw tolak(user, command, "akun ini tidak aktif sebagai pegawai Sistem Kerja");
    }
    if (bacaan(command)) {
      return;
    }
    if (command instanceof SubmitStartFormCmd c) {
      periksaMulai(context, user, c);
    } else if (command instanceof CompleteTaskCmd c) {
      periksaTugas(context, user, command, (String) bidang(c, "taskId"), kunci(bidang(c, "variables")));
    } else if (command instanceof SubmitTaskFormCmd c) {
      periksaTugas(context, user, command, (String) bidang(c, "taskId"), kunci(bidang(c, "properties")));
    } else if (command instanceof SetTaskVariablesCmd c) {
      periksaTugas(context, user, command, (String) bidang(c, "entityId"), kunci(bidang(c, "variables")));
    } else if (command instanceof PatchTaskVariablesCmd c) {
      Object hapus = bidang(c, "deletions");
      if (hapus instanceof Collection<?> h && !h.isEmpty()) {
        throw tolak(user, command, "menghapus variabel tugas");
      }
      periksaTugas(context, user, command, (String) bidang(c, "entityId"), kunci(bidang(c, "variables")));
    } else if (command instanceof AddCommentCmd c) {
      String taskId = (String) bidang(c, "taskId");
      if (taskId == null) {
        throw tolak(user, command, "menambah komentar pada proses di luar tugas");
      }
      tugasMilik(context, user, command, taskId);
    } else if (command instanceof SaveUserCmd c) {
      // a pegawai may change their own password; name and e-mail come from the organisation (identity sync)
      Object u = bidang(c, "user");
      if (!(u instanceof User pengguna) || !user.equals(pengguna.getId())) {
        throw tolak(user, command, "mengubah akun pengguna lain");
      }
      User tersimpan = context.getReadOnlyIdentityProvider().findUserById(user);
      if (tersimpan == null || !Objects.equals(tersimpan.getFirstName(), pengguna.getFirstName())
          || !Objects.equals(tersimpan.getLastName(), pengguna.getLastName())
          || !Objects.equals(tersimpan.getEmail(), pengguna.getEmail())) {
        throw tolak(user, command, "mengubah nama atau surel akun (data ini berasal dari data kepegawaian)");
      }
    } else {
      String nama = command.getClass().getSimpleName();
      throw tolak(user, command, URAIAN.getOrDefault(nama, "perintah " + nama));
    }
  }

  /** Reads: queries and getters. What they return is limited by Camunda authorizations and tenants. */
  static boolean bacaan(Command<?> command) {
    if (command instanceof AbstractQuery<?, ?>) {
      return true;
    }
    String nama = command.getClass().getSimpleName();
    return nama.startsWith("Get") || nama.startsWith("Is") || nama.startsWith("ExecuteFilter")
        || nama.endsWith("QueryCmd") || nama.equals("AuthorizationCheckCmd") || nama.equals("CheckPassword")
        || nama.equals("DetermineHistoryLevelCmd") || nama.equals("FindActiveActivityIdsCmd");
  }

  private void periksaMulai(CommandContext context, String user, SubmitStartFormCmd c) {
    String businessKey = (String) bidang(c, "businessKey");
    if (businessKey != null && !businessKey.isBlank()) {
      throw tolak(user, c, "memilih kunci bisnis (business key) sendiri; kunci kasus ditetapkan oleh sistem");
    }
    String processDefinitionId = (String) bidang(c, "processDefinitionId");
    Set<String> isian = isianFormulir(context, new GetDeployedStartFormCmd(processDefinitionId));
    if (isian == null) {
      throw tolak(user, c, "memulai proses yang tidak dimulai oleh pegawai (proses ini tidak memiliki formulir mulai)");
    }
    periksaIsian(user, c, kunci(bidang(c, "variables")), isian, "formulir mulai");
  }

  private void periksaTugas(CommandContext context, String user, Command<?> c, String taskId, Set<String> variabel) {
    tugasMilik(context, user, c, taskId);
    if (variabel.isEmpty()) {
      return;
    }
    Set<String> isian = isianFormulir(context, new GetDeployedTaskFormCmd(taskId));
    if (isian == null) {
      LOG.warn("Formulir tugas {} tidak terbaca; tidak ada isian yang diizinkan", taskId);
      isian = Set.of();
    }
    periksaIsian(user, c, variabel, isian, "formulir tugas ini");
  }

  /** The enabled fields of a deployed Camunda Form, or null when there is no form to read. */
  private static Set<String> isianFormulir(CommandContext context, Command<InputStream> formulir) {
    try {
      return context.runWithoutAuthorization(() -> {
        try (InputStream form = formulir.execute(context)) {
          return FormulirCamunda.kunciIsian(form);
        }
      });
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void tugasMilik(CommandContext context, String user, Command<?> c, String taskId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself answers "task not found"
    }
    if (!user.equals(task.getAssignee())) {
      throw tolak(user, c, "mengerjakan tugas yang bukan milik Anda");
    }
  }

  private void periksaIsian(String user, Command<?> c, Set<String> variabel, Set<String> isian, String formulir) {
    Set<String> asing = new TreeSet<>(variabel);
    asing.removeAll(isian);
    if (!asing.isEmpty()) {
      throw tolak(user, c, "mengisi variabel yang tidak ada pada " + formulir + ": " + String.join(", ", asing));
    }
  }

  private static Set<String> kunci(Object variabel) {
    if (variabel instanceof Map<?, ?> m) {
      Set<String> out = new TreeSet<>();
      m.keySet().forEach((k) -> out.add(String.valueOf(k)));
      return out;
    }
    return Set.of();
  }

  /** A field of an engine command (they have no getters); fails closed when Camunda renames it. */
  static Object bidang(Object objek, String nama) {
    for (Class<?> k = objek.getClass(); k != null; k = k.getSuperclass()) {
      try {
        Field f = k.getDeclaredField(nama);
        f.setAccessible(true);
        return f.get(objek);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        break;
      }
    }
    throw new IllegalStateException("PenjagaPerintah: field '" + nama + "' tidak ada pada " + objek.getClass().getName()
        + " (versi Camunda berubah?); perintah ditolak.");
  }

  private static AuthorizationException tolak(String user, Command<?> command, String apa) {
    String pesan = "Ditolak: " + apa + " tidak diizinkan bagi pegawai. Lakukan langkah ini melalui tugas Anda di Tasklist.";
    LOG.warn("Perintah ditolak untuk pengguna '{}': {} ({})", user, command.getClass().getSimpleName(), apa);
    return new AuthorizationException(pesan);
  }
}
